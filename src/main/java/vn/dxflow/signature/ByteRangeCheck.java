package vn.dxflow.signature;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.dxflow.signature.CrossReferences.Located;
import vn.dxflow.signature.PdfSyntax.Text;

/**
 * Checks that a signature's /ByteRange covers its whole revision except exactly the hexadecimal /Contents value of
 * its own signature dictionary, as ISO 32000-1 12.8.1 requires, and takes the signature value from those bytes. This
 * is where universal signature forgery (missing, empty or malformed /Contents or /ByteRange) and signature wrapping
 * (extra data hidden in the unsigned gap, a /Contents elsewhere than the gap) are caught; see pdf-insecurity.org and
 * PDFBox's ShowSignature example (checkContentValueWithFile).
 */
final class ByteRangeCheck {

    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** Either the ranges to hash with the signature value, or the problem that makes them unusable. */
    record Result(SignedRanges ranges, byte[] contents, Problem problem) {
    }

    private ByteRangeCheck() {
    }

    static Result check(byte[] pdf, Located signature) {
        if (!(signature.dictionary().get("Contents") instanceof Text contents) || !contents.hex()
                || contents.end() - contents.start() <= 2) {
            return failed(Finding.MALFORMED_SIGNATURE_DICTIONARY, "/Contents is missing, empty or not a hexadecimal string");
        }
        long[] range = fourNonNegativeIntegers(signature.dictionary().get("ByteRange"));
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
        // The unsigned gap must be exactly this dictionary's <hex> value: anything else there is data a reader may
        // parse (signature wrapping).
        if (gapStart != contents.start() || gapEnd != contents.end()) {
            return failed(Finding.CONTENTS_GAP_MISMATCH, "the gap [" + gapStart + ", " + gapEnd + ") is not the /Contents "
                    + "value of the signature dictionary, at [" + contents.start() + ", " + contents.end() + ")");
        }
        byte[] value = PdfSyntax.strictHexBytes(pdf, contents.start() + 1, contents.end() - 1);
        if (value == null) {
            return failed(Finding.CONTENTS_GAP_MISMATCH, "the gap holds other bytes than pairs of hexadecimal digits");
        }
        return new Result(new SignedRanges(pdf, (int) gapStart, (int) gapEnd, (int) range[3]), value, null);
    }

    private static Result failed(Finding finding, String detail) {
        return new Result(null, null, new Problem(finding, detail));
    }

    private static long[] fourNonNegativeIntegers(Object byteRange) {
        if (!(byteRange instanceof List<?> array) || array.size() != 4) {
            return null;
        }
        long[] values = new long[4];
        for (int i = 0; i < 4; i++) {
            if (!(array.get(i) instanceof Long number) || number < 0 || number > Integer.MAX_VALUE) {
                return null;
            }
            values[i] = number;
        }
        return values;
    }

    /** A revision ends with %%EOF and at most an end-of-line (ISO 32000-1 7.5.5). */
    private static boolean endsRevision(byte[] pdf, int end) {
        int i = end;
        while (i > 0 && end - i < 2 && (pdf[i - 1] == '\r' || pdf[i - 1] == '\n')) {
            i--;
        }
        if (i < EOF_MARKER.length) {
            return false;
        }
        for (int k = 0; k < EOF_MARKER.length; k++) {
            if (pdf[i - EOF_MARKER.length + k] != EOF_MARKER[k]) {
                return false;
            }
        }
        return true;
    }

    private static String text(long[] range) {
        return "[" + range[0] + " " + range[1] + " " + range[2] + " " + range[3] + "]";
    }
}
