package vn.dxflow.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * The media type of an upload from its bytes, never from its name or the browser's header: Tika core's magic
 * numbers on the first bytes, then a look inside ZIP containers (Tika core alone cannot tell a .docx from a .zip
 * or a .jar). Legacy Office files (OLE2) look alike in their first bytes; only for those does the extension pick
 * between Word, Excel and PowerPoint.
 */
@Component
class MediaTypeSniffer {

    static final String ZIP = "application/zip";
    static final String JAR = "application/java-archive";
    private static final int MAX_ZIP_ENTRIES = 200;
    private static final Map<String, String> OOXML_PARTS = Map.of(
            "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Map<String, String> OLE2_BY_EXTENSION = Map.of(
            "doc", "application/msword", "xls", "application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint");
    private static final Set<String> ZIP_LIKE = Set.of(ZIP, "application/x-tika-ooxml");

    private final Tika tika = new Tika();

    String sniff(byte[] head, String fileName, UploadContent content) throws IOException {
        // Without parameters: Tika answers e.g. "application/x-msdownload; format=pe" for Windows programs.
        String type = tika.detect(head).split(";")[0].strip();
        if (ZIP_LIKE.contains(type)) {
            return insideZip(content);
        }
        if (type.equals("application/x-tika-msoffice")) {
            String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return OLE2_BY_EXTENSION.getOrDefault(extension, type);
        }
        return type;
    }

    private static String insideZip(UploadContent content) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(content.open(), StandardCharsets.UTF_8)) {
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
