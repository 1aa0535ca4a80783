package vn.dxflow.signature;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * Structural equality of two PDF objects from two revisions: direct values compared deeply, indirect references by
 * object number (the referenced objects are compared on their own), streams by their raw bytes.
 */
final class CosComparison {

    private static final int MAX_DEPTH = 64;

    private CosComparison() {
    }

    static boolean equal(COSBase a, COSBase b) {
        return equal(a, b, 0);
    }

    private static boolean equal(COSBase a, COSBase b, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (a instanceof COSObject || b instanceof COSObject) {
            return a instanceof COSObject x && b instanceof COSObject y
                    && x.getObjectNumber() == y.getObjectNumber() && x.getGenerationNumber() == y.getGenerationNumber();
        }
        if (a instanceof COSStream sa) {
            return b instanceof COSStream sb && dictionariesEqual(sa, sb, depth) && sameBytes(sa, sb);
        }
        if (a instanceof COSDictionary da) {
            return b instanceof COSDictionary db && !(b instanceof COSStream) && dictionariesEqual(da, db, depth);
        }
        if (a instanceof COSArray aa) {
            if (!(b instanceof COSArray ab) || aa.size() != ab.size()) {
                return false;
            }
            for (int i = 0; i < aa.size(); i++) {
                if (!equal(aa.get(i), ab.get(i), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    static boolean valueEqual(COSDictionary a, COSDictionary b, COSName key) {
        return equal(a.getItem(key), b.getItem(key), 1);
    }

    private static boolean dictionariesEqual(COSDictionary a, COSDictionary b, int depth) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (COSName key : a.keySet()) {
            if (!equal(a.getItem(key), b.getItem(key), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** Unreadable streams never compare equal: a change we cannot see is treated as a change. */
    private static boolean sameBytes(COSStream a, COSStream b) {
        try (InputStream in = a.createRawInputStream(); InputStream other = b.createRawInputStream()) {
            return Arrays.equals(in.readAllBytes(), other.readAllBytes());
        } catch (IOException e) {
            return false;
        }
    }
}
