package vn.dxflow.signature;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * Checks that a signature's /ByteRange covers its whole revision except exactly the hexadecimal /Contents value, as
 * ISO 32000-1 12.8.1 requires. This is where universal signature forgery (missing, empty or malformed /Contents or
 * /ByteRange) and signature wrapping (extra data hidden in the unsigned gap) are caught; see pdf-insecurity.org and
 * PDFBox's ShowSignature example (checkContentValueWithFile).
 */
final class ByteRangeCheck {

    private static final byte[] CONTENTS_KEY = "/Contents".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** Either the ranges to hash or the problem that makes them unusable. */
    record Result(SignedRanges ranges, Problem problem) {
    }

    private ByteRangeCheck() {
    }

    static Result check(byte[] pdf, COSDictionary signature) {
        COSBase contents = signature.getDictionaryObject(COSName.CONTENTS);
        COSBase byteRange = signature.getDictionaryObject(COSName.BYTERANGE);
        if (!(contents instanceof COSString value) || value.getBytes().length == 0) {
            return failed(Finding.MALFORMED_SIGNATURE_DICTIONARY, "/Contents is missing, empty or not a string");
        }
        long[] range = fourNonNegativeIntegers(byteRange);
        if (range == null) {
            return failed(Finding.MALFORMED_SIGNATURE_DICTIONARY, "/ByteRange is missing or not four non-negative integers");
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        long signedEnd = range[2] + range[3];
        if (range[0] != 0 || gapStart == 0 || gapEnd <= gapStart || signedEnd > pdf.length) {
            return failed(Finding.BYTE_RANGE_NOT_WHOLE_FILE, "/ByteRange " + text(range) + " does not fit a file of "
                    + pdf.length + " bytes starting at 0 with one gap");
        }
        if (!endsRevision(pdf, (int) signedEnd)) {
            return failed(Finding.BYTE_RANGE_NOT_WHOLE_FILE, "/ByteRange " + text(range) + " ends inside a revision");
        }
        String problem = gapProblem(pdf, (int) gapStart, (int) gapEnd, value.getBytes());
        if (problem != null) {
            return failed(Finding.CONTENTS_GAP_MISMATCH, problem);
        }
        return new Result(new SignedRanges(pdf, (int) gapStart, (int) gapEnd, (int) range[3]), null);
    }

    private static Result failed(Finding finding, String detail) {
        return new Result(null, new Problem(finding, detail));
    }

    private static long[] fourNonNegativeIntegers(COSBase byteRange) {
        if (!(byteRange instanceof COSArray array) || array.size() != 4) {
            return null;
        }
        long[] values = new long[4];
        for (int i = 0; i < 4; i++) {
            if (!(array.getObject(i) instanceof COSInteger number) || number.longValue() < 0
                    || number.longValue() > Integer.MAX_VALUE) {
                return null;
            }
            values[i] = number.longValue();
        }
        return values;
    }

    /** A revision ends with %%EOF and at most an end-of-line (ISO 32000-1 7.5.5). */
    private static boolean endsRevision(byte[] pdf, int end) {
        int i = end;
        while (i > 0 && end - i < 2 && (pdf[i - 1] == '\r' || pdf[i - 1] == '\n')) {
            i--;
        }
        return i >= EOF_MARKER.length && regionEquals(pdf, i - EOF_MARKER.length, EOF_MARKER);
    }

    /**
     * The gap must be exactly {@code <hex>} holding the parsed /Contents value, and be the value of the /Contents key:
     * anything else there is unsigned data a reader may parse (signature wrapping).
     */
    private static String gapProblem(byte[] pdf, int gapStart, int gapEnd, byte[] contents) {
        if (pdf[gapStart] != '<' || pdf[gapEnd - 1] != '>') {
            return "the gap [" + gapStart + ", " + gapEnd + ") is not a hexadecimal string";
        }
        if (!isHexOf(pdf, gapStart + 1, gapEnd - 1, contents)) {
            return "the gap holds more or other bytes than the /Contents value of the signature dictionary";
        }
        int keyEnd = gapStart;
        while (keyEnd > 0 && isWhitespace(pdf[keyEnd - 1])) {
            keyEnd--;
        }
        if (keyEnd < CONTENTS_KEY.length || !regionEquals(pdf, keyEnd - CONTENTS_KEY.length, CONTENTS_KEY)) {
            return "the gap is not the value of a /Contents key";
        }
        return null;
    }

    /** The bytes [from, to) are exactly the hexadecimal digits of value, in either case. */
    private static boolean isHexOf(byte[] pdf, int from, int to, byte[] value) {
        if (to - from != 2 * value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (Character.digit(pdf[from + 2 * i], 16) != ((value[i] >> 4) & 0xF)
                    || Character.digit(pdf[from + 2 * i + 1], 16) != (value[i] & 0xF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    private static boolean regionEquals(byte[] pdf, int offset, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (pdf[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String text(long[] range) {
        return "[" + range[0] + " " + range[1] + " " + range[2] + " " + range[3] + "]";
    }
}
