package vn.dxflow.signature;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Object numbers that incremental updates after a signature mark free in classic cross-reference sections. PDFBox
 * ignores free entries and keeps resolving the signed object, while other readers drop it (a freed page content shows
 * an empty page), so the verifier must look at the raw sections: a reader-dependent deletion is itself an attack.
 * Cross-reference streams are decoded by PDFBox and checked through the resolved table instead.
 */
final class FreedObjects {

    private static final Pattern SECTION = Pattern.compile("(?<![A-Za-z])xref\\s+((?:\\d+\\s+\\d+\\s+(?:\\d{10}\\s+\\d{5}\\s+[fn]\\s*)+)+)");
    private static final Pattern SUBSECTION = Pattern.compile("(\\d+)\\s+(\\d+)\\s+((?:\\d{10}\\s+\\d{5}\\s+[fn]\\s*)+)");
    private static final Pattern ENTRY = Pattern.compile("\\d{10}\\s+\\d{5}\\s+([fn])");

    private FreedObjects() {
    }

    static List<Long> after(byte[] pdf, int signedEnd) {
        List<Long> freed = new ArrayList<>();
        String appended = new String(pdf, signedEnd, pdf.length - signedEnd, StandardCharsets.ISO_8859_1);
        Matcher section = SECTION.matcher(appended);
        while (section.find()) {
            Matcher subsection = SUBSECTION.matcher(section.group(1));
            while (subsection.find()) {
                long number = Long.parseLong(subsection.group(1));
                Matcher entry = ENTRY.matcher(subsection.group(3));
                for (long n = number; entry.find(); n++) {
                    if ("f".equals(entry.group(1)) && n != 0) {
                        freed.add(n);
                    }
                }
            }
        }
        return freed;
    }
}
