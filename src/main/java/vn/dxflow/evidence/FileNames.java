package vn.dxflow.evidence;

import java.text.Normalizer;
import org.springframework.http.HttpStatus;

/** File names from browsers: refused when they try path traversal or carry control characters, else tidied. */
final class FileNames {

    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String sanitize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new EvidenceRejectedException(HttpStatus.BAD_REQUEST, "Thiếu tên tệp.", "Missing file name");
        }
        // Composed form, so "ộ" typed on macOS (decomposed) and on Windows (composed) is the same name. Invisible
        // format characters go: a bidi override (U+202E) shows "a[U+202E]fdp.exe" as "aexe.pdf" (the trick of
        // CVE-2021-42574), zero-width ones make two names that look alike differ.
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("\\p{Cf}", "").strip();
        if (name.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw invalid(raw, "control characters");
        }
        // Path traversal (CWE-22): a name is never a path, on any platform.
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                || name.startsWith("..")) {
            throw invalid(raw, "path separators or traversal");
        }
        // Characters that Windows and some repositories (Alfresco) refuse in names.
        name = name.replaceAll("[:*?\"<>|]", "_").replaceAll("[. ]+$", "");
        if (name.isEmpty()) {
            throw invalid(raw, "nothing left after cleaning");
        }
        return name.length() <= MAX_LENGTH ? name : shorten(name);
    }

    /** An ASCII stand-in for old clients that ignore RFC 5987 {@code filename*}: "Báo cáo.pdf" → "Bao cao.pdf". */
    static String asciiFallback(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    }

    private static String shorten(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }

    private static EvidenceRejectedException invalid(String raw, String reason) {
        return new EvidenceRejectedException(HttpStatus.BAD_REQUEST,
                "Tên tệp không hợp lệ: tên tệp không được chứa đường dẫn (/, \\, ..) hoặc ký tự điều khiển.",
                "Invalid file name (" + reason + "): " + raw.replaceAll("\\p{Cntrl}", "?"));
    }
}
