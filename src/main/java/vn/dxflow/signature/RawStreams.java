package vn.dxflow.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import vn.dxflow.signature.PdfSyntax.Malformed;
import vn.dxflow.signature.PdfSyntax.Name;

/**
 * Decodes stream data with PDFBox's filters (Flate with PNG predictors for cross-reference and object streams),
 * bounded so that a hostile stream (a decompression bomb) cannot exhaust memory.
 */
final class RawStreams {

    private RawStreams() {
    }

    /** The whole decoded data, refused beyond {@code expected} bytes and some slack. */
    static byte[] decode(byte[] pdf, int start, int length, Map<String, Object> dictionary, int expected)
            throws Malformed {
        return run(pdf, start, length, dictionary, expected + 65_536, false);
    }

    /** The first {@code size} decoded bytes only: decoding stops there. */
    static byte[] decodePrefix(byte[] pdf, int start, int length, Map<String, Object> dictionary, int size)
            throws Malformed {
        return run(pdf, start, length, dictionary, size, true);
    }

    /** A PDFBox stream decoded, or an IOException beyond {@code limit} bytes (a decompression bomb). */
    static byte[] decode(COSStream stream, int limit) throws IOException {
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        try {
            return run(raw, stream, limit, false);
        } catch (Malformed e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static byte[] run(byte[] pdf, int start, int length, Map<String, Object> dictionary, int limit,
            boolean prefix) throws Malformed {
        return run(Arrays.copyOfRange(pdf, start, start + length), (COSDictionary) cos(dictionary), limit, prefix);
    }

    private static byte[] run(byte[] raw, COSDictionary parameters, int limit, boolean prefix) throws Malformed {
        List<COSName> filters = filters(parameters);
        byte[] data = raw;
        for (int i = 0; i < filters.size(); i++) {
            Bounded out = new Bounded(i == filters.size() - 1 ? limit : Integer.MAX_VALUE - 8);
            try (InputStream in = new ByteArrayInputStream(data)) {
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, parameters, i);
            } catch (Bounded.Full full) {
                if (!prefix) {
                    throw new Malformed("stream decodes to more than " + limit + " bytes");
                }
            } catch (IOException | RuntimeException e) {
                throw new Malformed("stream cannot be decoded: " + e.getMessage());
            }
            data = out.bytes.toByteArray();
        }
        if (prefix && data.length < limit) {
            throw new Malformed("stream shorter than its header");
        }
        return prefix ? Arrays.copyOf(data, limit) : data;
    }

    private static List<COSName> filters(COSDictionary parameters) {
        COSBase filter = parameters.getDictionaryObject(COSName.FILTER);
        List<COSName> names = new ArrayList<>();
        if (filter instanceof COSName name) {
            names.add(name);
        } else if (filter instanceof COSArray array) {
            array.forEach(item -> names.add(item instanceof COSName name ? name : COSName.getPDFName("?")));
        }
        return names;
    }

    /** The values filters read (names, numbers, arrays, dictionaries) as PDFBox objects. */
    private static COSBase cos(Object value) {
        if (value instanceof Map<?, ?> map) {
            COSDictionary dictionary = new COSDictionary();
            map.forEach((key, item) -> dictionary.setItem(COSName.getPDFName((String) key), cos(item)));
            return dictionary;
        }
        if (value instanceof List<?> list) {
            COSArray array = new COSArray();
            list.forEach(item -> array.add(cos(item)));
            return array;
        }
        if (value instanceof Name name) {
            return COSName.getPDFName(name.value());
        }
        if (value instanceof Long number) {
            return COSInteger.get(number);
        }
        if (value instanceof Double number) {
            return new COSFloat(number.floatValue());
        }
        if (value instanceof Boolean flag) {
            return COSBoolean.getBoolean(flag);
        }
        return COSNull.NULL;
    }

    /** An output that refuses to grow beyond its limit. */
    private static final class Bounded extends OutputStream {

        static final class Full extends IOException {
            Full() {
                super("decoded size limit reached");
            }
        }

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int limit;

        Bounded(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (bytes.size() >= limit) {
                throw new Full();
            }
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int room = Math.min(len, limit - bytes.size());
            bytes.write(b, off, room);
            if (room < len) {
                throw new Full();
            }
        }
    }
}
