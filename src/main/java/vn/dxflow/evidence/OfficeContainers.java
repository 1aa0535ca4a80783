package vn.dxflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Looks inside Office Open XML and OpenDocument files (ZIP containers) before they are stored: a decompression bomb
 * (a few kilobytes that expand to gigabytes) would exhaust whoever opens or indexes it, and a program inside a
 * document is no evidence. The sizes are counted while inflating, not taken from the ZIP's own (forgeable) headers.
 */
@Component
class OfficeContainers {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_EXPANDED = 1024L * 1024 * 1024;
    /** Real documents compress text about 10:1 and pictures not at all; bombs reach 1,000:1. */
    static final int MAX_RATIO = 100;
    private static final Set<String> PROGRAM_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "msi", "bat", "cmd",
            "ps1", "vbs", "vbe", "js", "jse", "wsf", "hta", "jar", "class", "sh", "elf", "so", "dylib", "apk");
    private static final String MACROS = "vbaproject.bin";

    void inspect(Path file, String name) throws IOException {
        long compressed = Files.size(file);
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw refused(name, "chứa quá nhiều thành phần (hơn " + MAX_ENTRIES + ")", "more than "
                            + MAX_ENTRIES + " entries");
                }
                requireNoProgram(entry.getName(), name);
                try (InputStream in = zip.getInputStream(entry)) {
                    boolean first = true;
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        if (first && isProgram(buffer, read)) {
                            throw refused(name, "chứa chương trình thực thi (" + entry.getName() + ")",
                                    "executable entry " + entry.getName());
                        }
                        first = false;
                        expanded += read;
                        if (expanded > MAX_EXPANDED || expanded > MAX_RATIO * Math.max(compressed, 1024)) {
                            throw refused(name, "giải nén ra dung lượng bất thường (tỷ lệ nén quá lớn), có thể là tệp "
                                    + "độc hại", "expands beyond " + expanded + " bytes from " + compressed);
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw refused(name, "bị hỏng, không đọc được", "damaged container: " + e.getMessage());
        }
    }

    private static void requireNoProgram(String entry, String name) {
        String lower = entry.toLowerCase(Locale.ROOT);
        String extension = lower.substring(lower.lastIndexOf('.') + 1);
        if (lower.endsWith(MACROS)) {
            throw refused(name, "chứa macro (mã lệnh VBA); hãy lưu lại tài liệu không kèm macro",
                    "macro project " + entry);
        }
        if (lower.contains(".") && PROGRAM_EXTENSIONS.contains(extension)) {
            throw refused(name, "chứa chương trình thực thi (" + entry + ")", "executable entry " + entry);
        }
    }

    /** Windows (MZ), Linux (ELF) and Java class files, whatever their name. */
    private static boolean isProgram(byte[] head, int length) {
        return length >= 2 && head[0] == 'M' && head[1] == 'Z'
                || length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F'
                || length >= 4 && (head[0] & 0xff) == 0xCA && (head[1] & 0xff) == 0xFE && (head[2] & 0xff) == 0xBA
                && (head[3] & 0xff) == 0xBE;
    }

    private static EvidenceRejectedException refused(String name, String vietnamese, String english) {
        return new EvidenceRejectedException(HttpStatus.UNPROCESSABLE_ENTITY,
                "Không chấp nhận tệp \"" + name + "\": tệp " + vietnamese + ".", "Office container " + name
                + " refused: " + english);
    }
}
