package vn.dxflow.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Byte-level edits of a signed file that keep every offset in place (same length). */
final class Tampering {

    private Tampering() {
    }

    /** The last signature's /ByteRange as PDFBox reads it. */
    static int[] byteRange(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getLastSignatureDictionary().getByteRange();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last signature's /Contents value. */
    static byte[] contents(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getLastSignatureDictionary().getContents();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the bytes [from, to) with text padded by spaces to the same length. */
    static byte[] overwrite(byte[] pdf, int from, int to, String text) {
        byte[] replacement = text.getBytes(StandardCharsets.ISO_8859_1);
        if (replacement.length > to - from) {
            throw new IllegalArgumentException("replacement longer than the region");
        }
        byte[] copy = pdf.clone();
        for (int i = from; i < to; i++) {
            copy[i] = i - from < replacement.length ? replacement[i - from] : (byte) ' ';
        }
        return copy;
    }

    /** Replaces the last occurrence of a token before the given offset, keeping the length. */
    static byte[] replaceLastBefore(byte[] pdf, int before, String token, String replacement) {
        int at = indexBefore(pdf, before, token);
        return overwrite(pdf, at, at + token.length(), replacement);
    }

    static int indexBefore(byte[] pdf, int before, String token) {
        String text = new String(pdf, 0, before, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf(token);
        if (at < 0) {
            throw new IllegalStateException(token + " not found");
        }
        return at;
    }

    static int indexAfter(byte[] pdf, int after, String token) {
        int at = new String(pdf, StandardCharsets.ISO_8859_1).indexOf(token, after);
        if (at < 0) {
            throw new IllegalStateException(token + " not found");
        }
        return at;
    }
}
