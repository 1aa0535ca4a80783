package vn.dxflow.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition of a generated PDF: the Vietnamese file name in {@code filename*} (RFC 6266 with the
 * RFC 5987 encoding), and an ASCII name without diacritics for clients that only read {@code filename}.
 */
final class PdfDownload {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private PdfDownload() {
    }

    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    static String ascii(String text) {
        String withoutMarks = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return withoutMarks.replaceAll("[^A-Za-z0-9 ._-]", "_");
    }

    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
