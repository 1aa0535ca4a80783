package vn.dxflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Everything checked before an upload is stored: name, emptiness, media type sniffed from the content, kind and
 * its size limit; the same pass computes the SHA-256 (JDK provider, which uses the CPU's SHA extensions).
 */
@Component
class UploadValidator {

    private static final int HEAD = 64 * 1024;
    // Executables and scripts (also when renamed): they are no evidence and would be served to other users.
    private static final Set<String> EXECUTABLES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-mach-o",
            "application/x-mach-o-executable", MediaTypeSniffer.JAR, "application/java-vm", "application/x-msi",
            "application/x-sh", "application/x-bat", "application/x-ms-shortcut", "application/x-ms-installer",
            "application/javascript", "text/javascript", "application/x-powershell");
    private static final Set<String> ARCHIVES = Set.of(MediaTypeSniffer.ZIP, "application/x-rar-compressed",
            "application/x-rar", "application/vnd.rar", "application/x-7z-compressed", "application/gzip",
            "application/x-gzip", "application/x-tar", "application/x-bzip2", "application/x-xz",
            "application/x-compress", "application/zstd", "application/x-lzip", "application/x-lzma",
            "application/x-archive", "application/x-iso9660-image", "application/vnd.ms-cab-compressed");

    private final MediaTypeSniffer sniffer;
    private final EvidenceProperties properties;

    UploadValidator(MediaTypeSniffer sniffer, EvidenceProperties properties) {
        this.sniffer = sniffer;
        this.properties = properties;
    }

    CheckedFile check(UploadContent content) throws IOException {
        String name = FileNames.sanitize(content.fileName());
        MessageDigest sha256 = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(content.open(), sha256)) {
            byte[] head = in.readNBytes(HEAD);
            if (head.length == 0) {
                throw new EvidenceRejectedException(HttpStatus.BAD_REQUEST,
                        "Tệp \"" + name + "\" rỗng (0 byte); hãy chọn tệp có nội dung.", "Empty file: " + name);
            }
            String mediaType = sniffer.sniff(head, name, content);
            EvidenceKind kind = kindOf(mediaType, name);
            DataSize max = properties.maxSize(kind);
            // The declared size refuses a too-large file before reading it; the counted size is what is stored.
            requireWithin(content.size(), max, name, kind);
            long size = head.length + in.transferTo(OutputStream.nullOutputStream());
            requireWithin(size, max, name, kind);
            return new CheckedFile(name, mediaType, kind, size, Sha256.hex(sha256));
        }
    }

    private static void requireWithin(long size, DataSize max, String name, EvidenceKind kind) {
        if (size > max.toBytes()) {
            throw new EvidenceRejectedException(HttpStatus.PAYLOAD_TOO_LARGE,
                    "Tệp \"" + name + "\" quá lớn (" + megabytes(size) + "): " + kind.vietnameseName()
                            + " chỉ được tối đa " + megabytes(max.toBytes()) + ".",
                    "File too large: " + name + " has " + size + " bytes, limit for " + kind + " is " + max);
        }
    }

    private static EvidenceKind kindOf(String mediaType, String name) {
        if (EXECUTABLES.contains(mediaType) || mediaType.contains("executable")) {
            throw new EvidenceRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Không chấp nhận tệp chương trình thực thi hoặc mã lệnh (\"" + name + "\", " + mediaType + ").",
                    "Executable refused: " + name + " sniffed as " + mediaType);
        }
        if (ARCHIVES.contains(mediaType)) {
            throw new EvidenceRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Không chấp nhận tệp nén (\"" + name + "\", " + mediaType
                            + "); hãy giải nén và tải lên từng tài liệu.",
                    "Archive refused: " + name + " sniffed as " + mediaType);
        }
        return EvidenceKind.of(mediaType).orElseThrow(() -> new EvidenceRejectedException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Định dạng tệp \"" + name + "\" (" + mediaType + ") không được chấp nhận. Chỉ nhận tài liệu (PDF, "
                        + "Word, Excel, PowerPoint, OpenDocument, văn bản), hình ảnh, âm thanh và video.",
                "Media type not accepted: " + name + " sniffed as " + mediaType));
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0).replace('.', ',');
    }
}
