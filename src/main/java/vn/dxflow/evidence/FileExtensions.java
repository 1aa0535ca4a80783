package vn.dxflow.evidence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A stored name's extension matches the type sniffed from the content, so that whoever opens the document later gets
 * what the name promises. A name without an extension, or with one no type uses, gets the type's extension
 * appended; a name whose extension belongs to another type (a picture named .pdf, a text named .docx) is refused,
 * since the official may have picked the wrong file.
 */
@Component
class FileExtensions {

    /** Extensions of types that sniffing cannot tell apart: ISO media files, plain text and CSV. */
    private static final List<Set<String>> FAMILIES = List.of(
            Set.of("mp4", "m4v", "m4a", "mov", "qt", "3gp", "mp4s"),
            Set.of("txt", "text", "csv"),
            Set.of("ogg", "oga", "ogv"));
    /** The word the message uses for a type (the type itself when none is known). */
    private static final Map<String, String> NAMES = Map.of(
            "application/pdf", "PDF", "image/png", "hình ảnh PNG", "image/jpeg", "hình ảnh JPEG",
            "text/plain", "văn bản thuần (text)", "text/csv", "bảng CSV");

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

    /** The name to store: {@code name} itself, or with the type's extension appended; refused when they disagree. */
    String checked(String name, String mediaType) {
        List<String> expected = extensions(mediaType);
        if (expected.isEmpty()) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (allowed(extension, expected)) {
            return name;
        }
        if (extension.isEmpty() || !isKnown(extension)) {
            return name + "." + expected.get(0);
        }
        throw new EvidenceRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Tệp \"" + name + "\" có phần mở rộng ."
                + extension + " nhưng nội dung là " + NAMES.getOrDefault(mediaType, mediaType) + "; hãy kiểm tra đã chọn "
                + "đúng tệp, hoặc đổi phần mở rộng thành ." + expected.get(0) + " rồi tải lên lại.",
                "Extension ." + extension + " of " + name + " does not match the sniffed type " + mediaType);
    }

    private List<String> extensions(String mediaType) {
        try {
            return types.forName(mediaType).getExtensions().stream().map(e -> e.substring(1).toLowerCase(Locale.ROOT))
                    .toList();
        } catch (MimeTypeException e) {
            return List.of();
        }
    }

    private static boolean allowed(String extension, List<String> expected) {
        Set<String> allowed = new LinkedHashSet<>(expected);
        FAMILIES.stream().filter(family -> expected.stream().anyMatch(family::contains)).forEach(allowed::addAll);
        return allowed.contains(extension);
    }

    private boolean isKnown(String extension) {
        return !MimeTypes.OCTET_STREAM.equals(types.getMimeType("file." + extension).getName());
    }
}
