package vn.dxflow.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Appends an incremental update written byte by byte, as an attacker's tool (or a tool PDFBox cannot imitate) would:
 * optional new object bodies, a classic cross-reference section (ISO 32000-1 7.5.4) or a cross-reference stream
 * (7.5.8), and a trailer. Lets tests point objects at any offset, into object streams, or at bodies copied from the
 * file with a textual edit.
 */
final class HandMadeRevision {

    private static final long FREE = -1;

    private final byte[] base;
    private final ByteArrayOutputStream bodies = new ByteArrayOutputStream();
    /** number -> {type, field2, field3} as in a cross-reference stream */
    private final TreeMap<Long, long[]> entries = new TreeMap<>();
    private String root;
    private boolean chained = true;
    private boolean stream;

    HandMadeRevision(byte[] base) {
        this.base = base;
        this.root = last(base, "/Root (\\d+ \\d+ R)");
    }

    /** Writes "number 0 obj body endobj" and points the cross-reference entry at it. */
    HandMadeRevision object(long number, String body) {
        entries.put(number, new long[] {1, (long) base.length + bodies.size(), 0});
        bodies.writeBytes(("\n" + number + " 0 obj\n" + body + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** Writes bytes that are no object (an attacker's payload), returning the offset where they start. */
    long raw(String bytes) {
        long offset = (long) base.length + bodies.size();
        bodies.writeBytes(bytes.getBytes(StandardCharsets.ISO_8859_1));
        return offset;
    }

    /** Points an object number at an absolute offset, e.g. a body already present in the signed bytes. */
    HandMadeRevision redirect(long number, long offset) {
        entries.put(number, new long[] {1, offset, 0});
        return this;
    }

    /** Lists an object as the index-th object of an object stream (only in a cross-reference stream). */
    HandMadeRevision compressed(long number, long objectStream, int index) {
        entries.put(number, new long[] {2, objectStream, index});
        return this;
    }

    /** Marks an object number free (deleted) in the new section. */
    HandMadeRevision free(long number) {
        entries.put(number, new long[] {0, 0, 1});
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

    /** Writes the section as a cross-reference stream (uncompressed) instead of a table. */
    HandMadeRevision asStream() {
        this.stream = true;
        return this;
    }

    byte[] build() {
        long size = Math.max(Long.parseLong(last(base, "/Size (\\d+)")), entries.isEmpty() ? 0 : entries.lastKey() + 1);
        long sectionOffset = (long) base.length + bodies.size();
        String section = stream ? streamSection(size, sectionOffset) : table(size, sectionOffset);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(base);
        out.writeBytes(bodies.toByteArray());
        out.writeBytes(section.getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private String table(long size, long xrefOffset) {
        StringBuilder xref = new StringBuilder("xref\n");
        if (chained) {
            xref.append("0 1\n0000000000 65535 f \n");
            entries.forEach((number, entry) -> xref.append(number).append(" 1\n").append(tableEntry(entry)));
        } else {
            xref.append("0 ").append(size).append('\n').append("0000000000 65535 f \n");
            for (long number = 1; number < size; number++) {
                long[] entry = entries.get(number);
                xref.append(entry == null ? "0000000000 65535 f \n" : tableEntry(entry));
            }
        }
        xref.append("trailer\n<< /Size ").append(size).append(" /Root ").append(root);
        if (chained) {
            xref.append(" /Prev ").append(last(base, "startxref\\s+(\\d+)"));
        }
        return xref.append(" >>\nstartxref\n").append(xrefOffset).append("\n%%EOF\n").toString();
    }

    private static String tableEntry(long[] entry) {
        if (entry[0] == 2) {
            throw new IllegalStateException("compressed entries need a cross-reference stream");
        }
        return entry[0] == 0 ? "0000000000 00001 f \n" : String.format("%010d 00000 n \n", entry[1]);
    }

    /** /W [1 4 2], no filter: ISO 32000-1 7.5.8.2 allows a stream without compression. */
    private String streamSection(long size, long offset) {
        long number = size;
        Map<Long, long[]> all = new TreeMap<>(entries);
        all.put(number, new long[] {1, offset + 1, 0});
        StringBuilder index = new StringBuilder();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        all.forEach((n, entry) -> {
            index.append(n).append(" 1 ");
            data.write((int) entry[0]);
            for (int shift = 24; shift >= 0; shift -= 8) {
                data.write((int) (entry[1] >> shift) & 0xFF);
            }
            data.write((int) (entry[2] >> 8) & 0xFF);
            data.write((int) entry[2] & 0xFF);
        });
        String bytes = data.toString(StandardCharsets.ISO_8859_1);
        return "\n" + number + " 0 obj\n<< /Type /XRef /W [1 4 2] /Index [" + index.toString().strip() + "] /Size "
                + (number + 1) + " /Root " + root + (chained ? " /Prev " + last(base, "startxref\\s+(\\d+)") : "")
                + " /Length " + bytes.length() + " >>\nstream\n" + bytes + "\nendstream\nendobj\nstartxref\n"
                + (offset + 1) + "\n%%EOF\n";
    }

    /** The body of an object as the file writes it now (between "N G obj" and "endobj"), to copy it with an edit. */
    static String body(byte[] pdf, long number) {
        long offset;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            offset = document.getDocument().getXrefTable().get(new COSObjectKey(number, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("obj", (int) offset) + 3;
        return text.substring(start, text.indexOf("endobj", start)).strip();
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
