package vn.dxflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * The media type of an upload from its bytes, never from its name or the browser's header: Tika core's magic
 * numbers on the first bytes, then, for containers, a look inside the whole file: ZIP containers (Tika core alone
 * cannot tell a .docx from a .zip or a .jar), and legacy Office files (OLE2), which look alike in their first bytes
 * so that only the extension picks between Word, Excel and PowerPoint.
 */
@Component
class MediaTypeSniffer {

    static final String ZIP = "application/zip";
    static final String JAR = "application/java-archive";
    private static final String OLE2 = "application/x-tika-msoffice";
    private static final int MAX_ZIP_ENTRIES = 200;
    private static final Map<String, String> OOXML_PARTS = Map.of(
            "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Map<String, String> OLE2_BY_EXTENSION = Map.of(
            "doc", "application/msword", "xls", "application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint");
    private static final Set<String> ZIP_LIKE = Set.of(ZIP, "application/x-tika-ooxml");

    private final Tika tika = new Tika();

    /** The type the first bytes tell. */
    String head(byte[] head) {
        // Without parameters: Tika answers e.g. "application/x-msdownload; format=pe" for Windows programs.
        return tika.detect(head).split(";")[0].strip();
    }

    /** True when only the whole file tells the type: a ZIP or OLE2 container. */
    boolean isContainer(String headType) {
        return ZIP_LIKE.contains(headType) || OLE2.equals(headType);
    }

    /** The type of a container, from the whole file. */
    String inside(Path file, String headType, String fileName) throws IOException {
        if (OLE2.equals(headType)) {
            String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return OLE2_BY_EXTENSION.getOrDefault(extension, headType);
        }
        try (InputStream in = Files.newInputStream(file);
             ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (OOXML_PARTS.containsKey(name)) {
                    return OOXML_PARTS.get(name);
                }
                if (name.equals("mimetype")) {
                    return new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
                if (name.equals("META-INF/MANIFEST.MF") || name.endsWith(".class")) {
                    return JAR;
                }
            }
        } catch (IOException e) {
            // A damaged or unusual ZIP is still an archive.
        }
        return ZIP;
    }
}
