package vn.dxflow.signature;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * Whether two PDF objects from two revisions mean the same, the way a reader sees them rather than byte for byte
 * (ISO 32000-1 7.3): 612.0 is 612, an entry whose value is null is an absent entry, an object moved from direct to
 * indirect (or renumbered) is the same object, a stream recompressed without loss holds the same data. References
 * with the same number are equal here: the referenced objects are compared on their own.
 */
final class CosComparison {

    private static final int MAX_DEPTH = 64;
    /** Streams decoding to more are compared by their raw bytes only. */
    private static final int MAX_DECODED = 32 << 20;
    /** Entries that describe a stream's encoding, not its content. */
    private static final Set<COSName> ENCODING = Set.of(COSName.LENGTH, COSName.FILTER, COSName.DECODE_PARMS,
            COSName.DL);
    /** Filters that lose nothing, so that decoded bytes are the content. */
    private static final Set<COSName> LOSSLESS = Set.of(COSName.FLATE_DECODE, COSName.LZW_DECODE,
            COSName.ASCII_HEX_DECODE, COSName.ASCII85_DECODE, COSName.RUN_LENGTH_DECODE);

    private CosComparison() {
    }

    static boolean equal(COSBase a, COSBase b) {
        return equal(a, b, 0, false);
    }

    static boolean valueEqual(COSDictionary a, COSDictionary b, COSName key) {
        return equal(a.getItem(key), b.getItem(key), 1, false);
    }

    private static boolean equal(COSBase a, COSBase b, int depth, boolean resolved) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (a instanceof COSObject x && b instanceof COSObject y && x.getKey() != null && x.getKey().equals(y.getKey())) {
            return true;
        }
        if (a instanceof COSObject || b instanceof COSObject) {
            // moved between direct and indirect, or renumbered: compare what is referenced, one level deep
            return !resolved && equal(DocumentStructure.resolve(a), DocumentStructure.resolve(b), depth + 1, true);
        }
        if (isNull(a) || isNull(b)) {
            return isNull(a) && isNull(b);
        }
        if (a instanceof COSNumber x && b instanceof COSNumber y) {
            return numbersEqual(x, y);
        }
        if (a instanceof COSStream sa) {
            return b instanceof COSStream sb && dictionariesEqual(sa, sb, depth, resolved, ENCODING) && sameData(sa, sb);
        }
        if (a instanceof COSDictionary da) {
            return b instanceof COSDictionary db && !(b instanceof COSStream)
                    && dictionariesEqual(da, db, depth, resolved, Set.of());
        }
        if (a instanceof COSArray aa) {
            if (!(b instanceof COSArray ab) || aa.size() != ab.size()) {
                return false;
            }
            for (int i = 0; i < aa.size(); i++) {
                if (!equal(aa.get(i), ab.get(i), depth + 1, resolved)) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static boolean isNull(COSBase value) {
        return value == null || value instanceof COSNull;
    }

    private static boolean numbersEqual(COSNumber a, COSNumber b) {
        if (a instanceof COSInteger && b instanceof COSInteger) {
            return a.longValue() == b.longValue();
        }
        // a real is held as a float by every reader; compare as readers will use it
        return (a instanceof COSFloat ? a.floatValue() : (float) a.longValue())
                == (b instanceof COSFloat ? b.floatValue() : (float) b.longValue());
    }

    private static boolean dictionariesEqual(COSDictionary a, COSDictionary b, int depth, boolean resolved,
            Set<COSName> ignored) {
        Set<COSName> names = new HashSet<>(a.keySet());
        names.addAll(b.keySet());
        for (COSName key : names) {
            if (!ignored.contains(key) && !equal(a.getItem(key), b.getItem(key), depth + 1, resolved)) {
                return false;
            }
        }
        return true;
    }

    /** Same raw bytes, or the same decoded bytes under lossless filters. Unreadable streams never compare equal. */
    private static boolean sameData(COSStream a, COSStream b) {
        try {
            if (equalEncoding(a, b) && Arrays.equals(raw(a), raw(b))) {
                return true;
            }
            return lossless(a) && lossless(b)
                    && Arrays.equals(RawStreams.decode(a, MAX_DECODED), RawStreams.decode(b, MAX_DECODED));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean equalEncoding(COSStream a, COSStream b) {
        return equal(a.getItem(COSName.FILTER), b.getItem(COSName.FILTER), 1, false)
                && equal(a.getItem(COSName.DECODE_PARMS), b.getItem(COSName.DECODE_PARMS), 1, false);
    }

    private static boolean lossless(COSStream stream) {
        COSBase filter = stream.getDictionaryObject(COSName.FILTER);
        List<? extends COSBase> filters = filter instanceof COSArray array ? array.toList()
                : filter == null ? List.of() : List.of(filter);
        return filters.stream().allMatch(LOSSLESS::contains);
    }

    private static byte[] raw(COSStream stream) throws IOException {
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        }
    }
}
