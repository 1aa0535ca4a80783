package vn.dxflow.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Appends an incremental update written byte by byte, as an attacker's tool would: optional new object bodies, a
 * classic cross-reference section (ISO 32000-1 7.5.4) and a trailer. Lets attack tests point objects at any offset.
 */
final class HandMadeRevision {

    private static final long FREE = -1;

    private final byte[] base;
    private final ByteArrayOutputStream bodies = new ByteArrayOutputStream();
    private final Map<Long, Long> offsets = new TreeMap<>();
    private String root;
    private boolean chained = true;

    HandMadeRevision(byte[] base) {
        this.base = base;
        this.root = last(base, "/Root (\\d+ \\d+ R)");
    }

    /** Writes "number 0 obj body endobj" and points the cross-reference entry at it. */
    HandMadeRevision object(long number, String body) {
        offsets.put(number, (long) base.length + bodies.size());
        bodies.writeBytes(("\n" + number + " 0 obj\n" + body + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** Points an object number at an absolute offset, e.g. a body already present in the signed bytes. */
    HandMadeRevision redirect(long number, long offset) {
        offsets.put(number, offset);
        return this;
    }

    /** Marks an object number free (deleted) in the new section. */
    HandMadeRevision free(long number) {
        offsets.put(number, FREE);
        return this;
    }

    HandMadeRevision root(String reference) {
        this.root = reference;
        return this;
    }

    /** A self-contained table (free entries for unlisted numbers) instead of a /Prev chain to the earlier tables. */
    HandMadeRevision complete() {
        this.chained = false;
        return this;
    }

    byte[] build() {
        long size = Math.max(Long.parseLong(last(base, "/Size (\\d+)")), offsets.isEmpty() ? 0 : ((TreeMap<Long, Long>) offsets).lastKey() + 1);
        StringBuilder xref = new StringBuilder("xref\n");
        if (chained) {
            xref.append("0 1\n0000000000 65535 f \n");
            offsets.forEach((number, offset) -> xref.append(number).append(" 1\n").append(entry(offset)));
        } else {
            xref.append("0 ").append(size).append('\n').append("0000000000 65535 f \n");
            for (long number = 1; number < size; number++) {
                Long offset = offsets.get(number);
                xref.append(offset == null ? "0000000000 65535 f \n" : entry(offset));
            }
        }
        long xrefOffset = (long) base.length + bodies.size();
        xref.append("trailer\n<< /Size ").append(size).append(" /Root ").append(root);
        if (chained) {
            xref.append(" /Prev ").append(last(base, "startxref\\s+(\\d+)"));
        }
        xref.append(" >>\nstartxref\n").append(xrefOffset).append("\n%%EOF\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(base);
        out.writeBytes(bodies.toByteArray());
        out.writeBytes(xref.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static String entry(long offset) {
        return offset == FREE ? "0000000000 00001 f \n" : String.format("%010d 00000 n \n", offset);
    }

    static String last(byte[] pdf, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1);
        }
        if (found == null) {
            throw new IllegalStateException("no match for " + regex);
        }
        return found;
    }
}
