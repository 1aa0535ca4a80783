package vn.dxflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.dxflow.TemporaryFiles;

/**
 * Everything checked before an upload is stored, in the order the bytes arrive. From the first 64 KiB: the name,
 * emptiness, the media type sniffed from the content, the kind and its size limit against the size the client
 * announced, so a too-large file is refused before the rest is read. Documents are then written once to a private
 * temporary file, where the whole file is checked (the type inside containers, Office containers' contents, the
 * signature of a PDF) before anything reaches the repository; pictures, sound and video above 4 MiB stream straight
 * through, counted against their limit on the way. The same pass computes the SHA-256 (JDK provider, which uses the
 * CPU's SHA extensions).
 */
@Component
class UploadValidator {

    private static final int HEAD = 64 * 1024;
    /**
     * Pictures, sound and video up to this announced size go through the temporary file too: their SHA-256 then
     * travels with them, one repository call instead of a second one to add it after streaming.
     */
    private static final long HASHED_BEFORE_SENDING = 4L * 1024 * 1024;
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
    private static final Set<String> OFFICE_CONTAINERS = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    private final MediaTypeSniffer sniffer;
    private final FileExtensions extensions;
    private final OfficeContainers containers;
    private final EvidenceProperties properties;
    private final TemporaryFiles temporaryFiles;

    UploadValidator(MediaTypeSniffer sniffer, FileExtensions extensions, OfficeContainers containers,
                    EvidenceProperties properties, TemporaryFiles temporaryFiles) {
        this.sniffer = sniffer;
        this.extensions = extensions;
        this.containers = containers;
        this.properties = properties;
        this.temporaryFiles = temporaryFiles;
    }

    /** An upload checked whole in its temporary file; deleting the file is the caller's. */
    record Spooled(Path file, CheckedFile checked) {
    }

    /** Reads the first bytes and checks what they and the announced size allow; nothing is stored. */
    Incoming open(UploadContent content) throws IOException {
        String name = FileNames.sanitize(content.fileName());
        InputStream in = content.open();
        byte[] head = in.readNBytes(HEAD);
        if (head.length == 0) {
            throw new EvidenceRejectedException(HttpStatus.BAD_REQUEST,
                    "Tệp \"" + name + "\" rỗng (0 byte); hãy chọn tệp có nội dung.", "Empty file: " + name);
        }
        String headType = sniffer.head(head);
        boolean container = sniffer.isContainer(headType);
        // A container is a document (Office) or an archive: the whole file decides, within the document limit.
        EvidenceKind kind = container ? EvidenceKind.DOCUMENT : kindOf(headType, name);
        String storedName = container ? name : extensions.checked(name, headType);
        DataSize max = properties.maxSize(kind);
        if (content.size() > max.toBytes()) {
            throw tooLarge(content.size(), max.toBytes(), name, kind);
        }
        return new Incoming(storedName, headType, kind, content.size(), max.toBytes(), head, in);
    }

    /** True for uploads checked whole before they are stored: documents, and small media of announced size. */
    boolean checkedWhole(Incoming incoming) {
        return incoming.kind() == EvidenceKind.DOCUMENT
                || (incoming.declaredSize() >= 0 && incoming.declaredSize() <= HASHED_BEFORE_SENDING);
    }

    /** Writes the upload once to a private temporary file and checks it whole. */
    Spooled spool(Incoming incoming) throws IOException {
        Path file = temporaryFiles.newFile("evidence-");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                incoming.content().transferTo(out);
            } catch (IOException e) {
                if (incoming.refusal() != null) {
                    throw incoming.refusal();
                }
                throw e;
            }
            CheckedFile read = incoming.checked();
            String type = sniffer.isContainer(read.mediaType())
                    ? sniffer.inside(file, read.mediaType(), read.fileName()) : read.mediaType();
            EvidenceKind kind = kindOf(type, read.fileName());
            if (OFFICE_CONTAINERS.contains(type)) {
                containers.inspect(file, read.fileName());
            }
            String name = extensions.checked(read.fileName(), type);
            return new Spooled(file, new CheckedFile(name, type, kind, read.size(), read.sha256()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    static EvidenceRejectedException tooLarge(long size, long max, String name, EvidenceKind kind) {
        return new EvidenceRejectedException(HttpStatus.PAYLOAD_TOO_LARGE,
                "Tệp \"" + name + "\" quá lớn (" + megabytes(size) + "): " + kind.vietnameseName()
                        + " chỉ được tối đa " + megabytes(max) + ".",
                "File too large: " + name + " has at least " + size + " bytes, limit for " + kind + " is " + max);
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
