package vn.dxflow.signature;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.dxflow.signature.PdfSyntax.Malformed;
import vn.dxflow.signature.PdfSyntax.Name;
import vn.dxflow.signature.PdfSyntax.Ref;

/**
 * The cross-reference sections of a PDF read as written (ISO 32000-1 7.5.4 tables, 7.5.8 streams, 7.5.8.4 hybrid
 * files) and held to them: every in-use entry must point exactly at "N G obj" of the object it names (white space
 * before it aside), inside the revision, at an object that ends with endobj where its /Length says, and no object body
 * may lie inside another; an entry in an object stream must be where the stream's own header puts it. A reader that
 * repairs a broken table (PDFBox takes the object found at a wrong offset or relocates it; viewers scan for objects)
 * sees other objects than the next reader, which is how content is hidden behind a valid signature. So nothing is
 * repaired here: the first problem is the answer. Results are kept per section, so each revision of a document with
 * many signatures costs only its own new section.
 */
final class CrossReferences {

    /** Type 0 free, 1 at a file offset (field2 offset, field3 generation), 2 in an object stream (stream, index). */
    record Entry(int type, long field2, long field3) {

        boolean inUse() {
            return type == 1 || type == 2;
        }
    }

    /** One section, its entries (an /XRefStm's merged in) and its trailer; previous is /Prev or -1. */
    record Section(int offset, Map<Long, Entry> entries, Map<String, Object> trailer, long previous) {
    }

    /** An indirect object where the file writes it: its value and where its body ends. */
    private record Written(long number, long generation, Object value, int end, int dataStart, int dataLength) {
    }

    /** A dictionary as the file writes it, and the bytes [start, end) of its object. */
    record Located(Map<String, Object> dictionary, int start, int end) {
    }

    private static final int MAX_SECTIONS = 10_000;
    private static final int STARTXREF_WINDOW = 1024;
    private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final byte[] pdf;
    private final Map<Integer, Section> sections = new HashMap<>();
    private final Set<Integer> checkedSections = new HashSet<>();
    private final Map<Integer, Written> objects = new HashMap<>();
    private final TreeMap<Integer, Integer> bodies = new TreeMap<>();
    private final Map<Integer, long[]> objectStreamHeaders = new HashMap<>();
    private final Map<Integer, String> problems = new HashMap<>();
    private final Map<Integer, List<Section>> chains = new HashMap<>();

    CrossReferences(byte[] pdf) {
        this.pdf = pdf;
    }

    /** Why the revision ending at {@code end} cannot be read as written, or null when it can. */
    String problem(int end) {
        return problems.computeIfAbsent(end, this::check);
    }

    /** The sections of the revision ending at {@code end}, newest first; empty when they cannot be read. */
    List<Section> chain(int end) {
        problem(end);
        return chains.getOrDefault(end, List.of());
    }

    /**
     * The dictionary object number/generation of the revision ending at {@code end}, read from its bytes; null when
     * it is not an object written in the file there (compressed, absent, or the revision unreadable).
     */
    @SuppressWarnings("unchecked")
    Located dictionary(int end, long number, long generation) {
        List<Section> chain = chain(end);
        try {
            Entry entry = chain.isEmpty() ? null : lookup(chain.get(0), number);
            if (entry == null || entry.type() != 1) {
                return null;
            }
            Written written = object((int) entry.field2(), number, generation, chain.get(0));
            return written.value() instanceof Map<?, ?> dictionary
                    ? new Located((Map<String, Object>) dictionary, (int) entry.field2(), written.end()) : null;
        } catch (Malformed e) {
            return null;
        }
    }

    private String check(int end) {
        try {
            List<Section> chain = readChain(end);
            chains.put(end, chain);
            for (Section section : chain) {
                checkEntries(section, end);
            }
            return null;
        } catch (Malformed e) {
            return e.getMessage();
        }
    }

    private List<Section> readChain(int end) throws Malformed {
        List<Section> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long offset = startxref(end);
        while (offset >= 0) {
            if (!seen.add(offset) || chain.size() >= MAX_SECTIONS) {
                throw new Malformed("/Prev loop at offset " + offset);
            }
            if (offset >= end) {
                throw new Malformed("cross-reference section at " + offset + " lies past the end of its revision (" + end + ")");
            }
            Section section = section((int) offset);
            chain.add(section);
            offset = section.previous();
        }
        if (!(chain.get(0).trailer().get("Root") instanceof Ref)) {
            throw new Malformed("the trailer of the revision ending at " + end + " has no /Root");
        }
        return chain;
    }

    /**
     * ISO 32000-1 7.5.5: the revision ends with "startxref", the section's offset and "%%EOF" (white space after it,
     * which some transports add, is no content).
     */
    private long startxref(int end) throws Malformed {
        int eol = end;
        while (eol > 0 && PdfSyntax.isWhitespace(pdf[eol - 1])) {
            eol--;
        }
        if (eol < EOF.length || !regionEquals(eol - EOF.length, EOF)) {
            throw new Malformed("the revision ending at " + end + " does not end with %%EOF");
        }
        for (int at = eol - EOF.length - STARTXREF.length; at >= Math.max(0, eol - STARTXREF_WINDOW); at--) {
            if (regionEquals(at, STARTXREF)) {
                PdfSyntax syntax = new PdfSyntax(pdf, at, eol);
                syntax.expect("startxref");
                long offset = syntax.nonNegativeInteger();
                syntax.skipSpace();
                if (syntax.position() != eol) {
                    throw new Malformed("unexpected bytes between startxref and %%EOF at " + syntax.position());
                }
                return offset;
            }
        }
        throw new Malformed("no startxref before the %%EOF at " + (eol - EOF.length));
    }

    private Section section(int offset) throws Malformed {
        Section known = sections.get(offset);
        if (known != null) {
            return known;
        }
        PdfSyntax syntax = new PdfSyntax(pdf, offset);
        Section section = syntax.at("xref") ? table(syntax, offset) : stream(offset, Map.of());
        sections.put(offset, section);
        return section;
    }

    private Section table(PdfSyntax syntax, int offset) throws Malformed {
        syntax.expect("xref");
        Map<Long, Entry> entries = new HashMap<>();
        while (!syntax.at("trailer")) {
            long first = syntax.nonNegativeInteger();
            long count = syntax.nonNegativeInteger();
            if (count > pdf.length / 18) {
                throw new Malformed("cross-reference subsection at " + offset + " claims " + count + " entries");
            }
            for (long i = 0; i < count; i++) {
                long field2 = syntax.nonNegativeInteger();
                long generation = syntax.nonNegativeInteger();
                int at = syntax.position();
                String type = syntax.token();
                if (!"n".equals(type) && !"f".equals(type)) {
                    throw new Malformed("cross-reference entry at " + at + " is neither n nor f");
                }
                entries.put(first + i, new Entry("n".equals(type) ? 1 : 0, field2, generation));
            }
        }
        syntax.expect("trailer");
        Map<String, Object> trailer = syntax.dictionary();
        if (trailer.get("XRefStm") instanceof Long hybrid) {
            // ISO 32000-1 7.5.8.4: a hybrid file's stream adds what the table leaves free
            stream(Math.toIntExact(Math.min(hybrid, Integer.MAX_VALUE)), entries);
        }
        return new Section(offset, Map.copyOf(entries), trailer, previous(trailer));
    }

    private Section stream(int offset, Map<Long, Entry> table) throws Malformed {
        Written written = object(offset, -1, -1, null);
        if (!(written.value() instanceof Map<?, ?> dictionary) || written.dataStart() < 0
                || !new Name("XRef").equals(dictionary.get("Type"))) {
            throw new Malformed("no cross-reference table or stream at offset " + offset);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> trailer = (Map<String, Object>) dictionary;
        int[] widths = widths(trailer.get("W"), offset);
        int row = widths[0] + widths[1] + widths[2];
        List<long[]> ranges = subsections(trailer, offset);
        long rows = ranges.stream().mapToLong(range -> range[1]).sum();
        if (rows * row > Integer.MAX_VALUE / 2) {
            throw new Malformed("cross-reference stream at " + offset + " claims " + rows + " entries");
        }
        byte[] data = RawStreams.decode(pdf, written.dataStart(), written.dataLength(), trailer, (int) (rows * row));
        if (data.length < rows * row) {
            throw new Malformed("cross-reference stream at " + offset + " holds fewer entries than its /Index lists");
        }
        Map<Long, Entry> entries = new HashMap<>(table);
        int at = 0;
        for (long[] range : ranges) {
            for (long number = range[0]; number < range[0] + range[1]; number++) {
                long type = widths[0] == 0 ? 1 : field(data, at, widths[0]);
                Entry entry = new Entry((int) type, field(data, at + widths[0], widths[1]),
                        field(data, at + widths[0] + widths[1], widths[2]));
                at += row;
                if (type > 2) {
                    continue; // ISO 32000-1 7.5.8.3: other types are ignored (null references)
                }
                Entry inTable = entries.get(number);
                if (inTable == null || !inTable.inUse()) {
                    entries.put(number, entry);
                }
            }
        }
        return new Section(offset, Map.copyOf(entries), trailer, previous(trailer));
    }

    private static int[] widths(Object w, int offset) throws Malformed {
        if (!(w instanceof List<?> list) || list.size() != 3) {
            throw new Malformed("cross-reference stream at " + offset + " has no valid /W");
        }
        int[] widths = new int[3];
        for (int i = 0; i < 3; i++) {
            if (!(list.get(i) instanceof Long width) || width < 0 || width > 8) {
                throw new Malformed("cross-reference stream at " + offset + " has no valid /W");
            }
            widths[i] = width.intValue();
        }
        return widths;
    }

    private static List<long[]> subsections(Map<String, Object> trailer, int offset) throws Malformed {
        List<?> index = trailer.get("Index") instanceof List<?> list ? list
                : trailer.get("Size") instanceof Long size ? List.of(0L, size) : null;
        if (index == null || index.size() % 2 != 0) {
            throw new Malformed("cross-reference stream at " + offset + " has no valid /Index or /Size");
        }
        List<long[]> ranges = new ArrayList<>();
        for (int i = 0; i < index.size(); i += 2) {
            if (!(index.get(i) instanceof Long first) || !(index.get(i + 1) instanceof Long count) || first < 0 || count < 0) {
                throw new Malformed("cross-reference stream at " + offset + " has no valid /Index");
            }
            ranges.add(new long[] {first, count});
        }
        return ranges;
    }

    private static long field(byte[] data, int at, int width) {
        long value = 0;
        for (int i = 0; i < width; i++) {
            value = (value << 8) | (data[at + i] & 0xFF);
        }
        return value;
    }

    private static long previous(Map<String, Object> trailer) throws Malformed {
        Object prev = trailer.get("Prev");
        if (prev == null) {
            return -1;
        }
        if (!(prev instanceof Long offset) || offset < 0) {
            throw new Malformed("/Prev is not an offset: " + prev);
        }
        return offset;
    }

    /** Every in-use entry of the section points where it must, inside the revision ending at end. */
    private void checkEntries(Section section, int end) throws Malformed {
        boolean firstTime = checkedSections.add(section.offset());
        for (Map.Entry<Long, Entry> item : section.entries().entrySet()) {
            Entry entry = item.getValue();
            if (entry.type() == 1) {
                if (entry.field2() >= end) {
                    throw new Malformed("object " + item.getKey() + " is listed at offset " + entry.field2()
                            + ", past the end of its revision (" + end + ")");
                }
                Written written = object((int) entry.field2(), item.getKey(), entry.field3(), section);
                if (written.end() > end) {
                    throw new Malformed("object " + item.getKey() + " runs past the end of its revision");
                }
            } else if (entry.type() == 2 && firstTime) {
                checkCompressed(section, item.getKey(), entry);
            }
        }
    }

    private void checkCompressed(Section section, long number, Entry entry) throws Malformed {
        if (encrypted(section)) {
            return; // object streams are encrypted: their headers are read by the decrypting parser only
        }
        Entry container = lookup(section, entry.field2());
        if (container == null || container.type() != 1) {
            throw new Malformed("object " + number + " is listed in object stream " + entry.field2()
                    + ", which is not an object of the file");
        }
        long[] header = objectStreamHeader((int) container.field2(), entry.field2(), container.field3(), section);
        if (entry.field3() >= header.length || header[(int) entry.field3()] != number) {
            throw new Malformed("object " + number + " is listed at index " + entry.field3() + " of object stream "
                    + entry.field2() + ", whose header puts another object there");
        }
    }

    private boolean encrypted(Section section) throws Malformed {
        for (Section at = section; at != null; at = at.previous() < 0 ? null : section((int) at.previous())) {
            if (at.trailer().containsKey("Encrypt")) {
                return true;
            }
        }
        return false;
    }

    private Entry lookup(Section section, long number) throws Malformed {
        int hops = 0;
        for (Section at = section; at != null && hops++ < MAX_SECTIONS;
                at = at.previous() < 0 ? null : section((int) at.previous())) {
            Entry entry = at.entries().get(number);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    /** The object numbers of an object stream's header (ISO 32000-1 7.5.7), in index order. */
    private long[] objectStreamHeader(int offset, long number, long generation, Section section) throws Malformed {
        long[] known = objectStreamHeaders.get(offset);
        if (known != null) {
            return known;
        }
        Written written = object(offset, number, generation, section);
        if (!(written.value() instanceof Map<?, ?> dictionary) || written.dataStart() < 0
                || !new Name("ObjStm").equals(dictionary.get("Type"))
                || !(dictionary.get("N") instanceof Long count) || !(dictionary.get("First") instanceof Long first)
                || count < 0 || first < 0 || count > first) {
            throw new Malformed("object " + number + " is not a valid object stream");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> streamDictionary = (Map<String, Object>) dictionary;
        byte[] head = RawStreams.decodePrefix(pdf, written.dataStart(), written.dataLength(), streamDictionary,
                first.intValue());
        PdfSyntax syntax = new PdfSyntax(head, 0);
        long[] numbers = new long[count.intValue()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = syntax.nonNegativeInteger();
            syntax.nonNegativeInteger();
        }
        objectStreamHeaders.put(offset, numbers);
        return numbers;
    }

    /**
     * The object at offset; number and generation must match unless negative (a stream section names itself).
     * Each body is read once and must not overlap another body.
     */
    private Written object(int offset, long number, long generation, Section section) throws Malformed {
        Written known = objects.get(offset);
        if (known == null) {
            known = read(offset, section);
            objects.put(offset, known);
            occupy(offset, known);
        }
        if (number >= 0 && (known.number() != number || known.generation() != generation)) {
            throw new Malformed("object " + number + " " + generation + " is listed at offset " + offset
                    + ", which holds object " + known.number() + " " + known.generation());
        }
        return known;
    }

    private Written read(int offset, Section section) throws Malformed {
        int start = offset;
        while (start < pdf.length && PdfSyntax.isWhitespace(pdf[start])) {
            start++;
        }
        if (start >= pdf.length || !Character.isDigit(pdf[start])) {
            throw new Malformed("no object starts at offset " + offset);
        }
        PdfSyntax syntax = new PdfSyntax(pdf, start);
        long number = syntax.nonNegativeInteger();
        long generation = syntax.nonNegativeInteger();
        syntax.expect("obj");
        Object value = syntax.object();
        int dataStart = -1;
        int dataLength = 0;
        if (value instanceof Map<?, ?> dictionary && syntax.at("stream")) {
            syntax.expect("stream");
            dataStart = afterEndOfLine(syntax.position());
            long length = length(dictionary.get("Length"), number, section);
            if (dataStart + length > pdf.length) {
                throw new Malformed("the /Length of object " + number + " runs past the end of the file");
            }
            dataLength = (int) length;
            syntax.seek(dataStart + dataLength);
            if (!syntax.at("endstream")) {
                throw new Malformed("the /Length of object " + number + " does not end at endstream");
            }
            syntax.expect("endstream");
        }
        syntax.expect("endobj");
        return new Written(number, generation, value, syntax.position(), dataStart, dataLength);
    }

    /** ISO 32000-1 7.3.8.1: "stream" is followed by CRLF or LF (a lone CR is tolerated, as every reader does). */
    private int afterEndOfLine(int at) {
        if (at < pdf.length && pdf[at] == '\r') {
            at++;
        }
        if (at < pdf.length && pdf[at] == '\n') {
            at++;
        }
        return at;
    }

    private long length(Object length, long number, Section section) throws Malformed {
        if (length instanceof Ref reference && section != null) {
            Entry entry = lookup(section, reference.number());
            if (entry != null && entry.type() == 1) {
                length = object((int) entry.field2(), reference.number(), reference.generation(), section).value();
            }
        }
        if (!(length instanceof Long value) || value < 0 || value > Integer.MAX_VALUE) {
            throw new Malformed("object " + number + " is a stream without a usable /Length");
        }
        return value;
    }

    /** Records the body [offset, written.end) and refuses one that starts inside another or contains one. */
    private void occupy(int offset, Written written) throws Malformed {
        Map.Entry<Integer, Integer> before = bodies.floorEntry(offset);
        Map.Entry<Integer, Integer> after = bodies.ceilingEntry(offset);
        if ((before != null && before.getValue() > offset) || (after != null && after.getKey() < written.end())) {
            throw new Malformed("object " + written.number() + " at offset " + offset + " lies inside another object");
        }
        bodies.put(offset, written.end());
    }

    private boolean regionEquals(int offset, byte[] expected) {
        if (offset < 0 || offset + expected.length > pdf.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (pdf[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
