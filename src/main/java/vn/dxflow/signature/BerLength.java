package vn.dxflow.signature;

/**
 * Measures how many bytes the first BER/DER element of a buffer occupies (X.690 8.1), including indefinite-length
 * encodings, which Bouncy Castle and many signing tools emit for CMS SignedData.
 */
final class BerLength {

    private static final int MAX_DEPTH = 64;

    private BerLength() {
    }

    /** End offset of the element starting at 0, or -1 when the bytes are not a well-formed element. */
    static int of(byte[] data) {
        return end(data, 0, 0);
    }

    private static int end(byte[] data, int offset, int depth) {
        if (depth > MAX_DEPTH || offset + 2 > data.length) {
            return -1;
        }
        int position = offset + 1;
        if ((data[offset] & 0x1F) == 0x1F) {
            // high tag number form: more tag octets follow while bit 8 is set
            while (position < data.length && (data[position] & 0x80) != 0) {
                position++;
            }
            position++;
        }
        if (position >= data.length) {
            return -1;
        }
        int first = data[position++] & 0xFF;
        if (first == 0x80) {
            boolean constructed = (data[offset] & 0x20) != 0;
            return constructed ? indefiniteEnd(data, position, depth) : -1;
        }
        long length = first;
        if (first > 0x80) {
            int count = first & 0x7F;
            if (count > 4 || position + count > data.length) {
                return -1;
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (data[position++] & 0xFF);
            }
        }
        long end = position + length;
        return end > data.length ? -1 : (int) end;
    }

    /** Children follow until the end-of-contents octets 00 00. */
    private static int indefiniteEnd(byte[] data, int position, int depth) {
        while (position + 1 < data.length) {
            if (data[position] == 0 && data[position + 1] == 0) {
                return position + 2;
            }
            position = end(data, position, depth + 1);
            if (position < 0) {
                return -1;
            }
        }
        return -1;
    }
}
