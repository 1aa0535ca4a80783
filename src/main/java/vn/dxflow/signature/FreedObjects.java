package vn.dxflow.signature;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Object numbers that incremental updates after a signature mark free in classic cross-reference sections. PDFBox
 * ignores free entries and keeps resolving the signed object, while other readers drop it (a freed page content shows
 * an empty page), so the verifier must look at the raw sections: a reader-dependent deletion is itself an attack.
 * Cross-reference streams are decoded by PDFBox and checked through the resolved table instead. A single linear scan
 * over whitespace-separated tokens (ISO 32000-1 7.5.4), so hostile input cannot make it slow.
 */
final class FreedObjects {

    private FreedObjects() {
    }

    static List<Long> after(byte[] pdf, int signedEnd) {
        String[] tokens = new String(pdf, signedEnd, pdf.length - signedEnd, StandardCharsets.ISO_8859_1)
                .split("[\\s\\x00]+");
        List<Long> freed = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (!"xref".equals(tokens[i])) {
                continue;
            }
            // subsections: "first count" followed by count entries "offset generation n|f"
            int at = i + 1;
            while (at + 1 < tokens.length && isNumber(tokens[at]) && isNumber(tokens[at + 1])) {
                long first = Long.parseLong(tokens[at]);
                long count = Long.parseLong(tokens[at + 1]);
                at += 2;
                for (long n = 0; n < count && at + 2 < tokens.length; n++, at += 3) {
                    if ("f".equals(tokens[at + 2]) && first + n != 0) {
                        freed.add(first + n);
                    }
                }
            }
            i = at - 1;
        }
        return freed;
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && token.length() <= 10 && token.chars().allMatch(Character::isDigit);
    }
}
