package vn.dxflow.signature;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Opens PDFs with PDFBox's lenient repair mode switched off: a lenient parser rebuilds broken cross-reference tables
 * by scanning for objects and takes whatever object it finds at an offset, which lets an attacker make the verifier
 * see different objects than a reader does (pdf-insecurity.org; PDFBox's ShowSignature example does the same).
 * {@link CrossReferences} holds every revision to its tables beforehand.
 */
final class PdfLoading {

    private PdfLoading() {
    }

    static PDDocument load(byte[] pdf) throws IOException {
        return load(pdf, pdf.length);
    }

    /** The revision ending at {@code end}, read in place: a document with many signatures is never copied. */
    static PDDocument load(byte[] pdf, int end) throws IOException {
        // parse() would switch leniency back on (PDFBox 3 PDFParser.parse() is parse(true))
        return new PDFParser(new RandomAccessReadBuffer(ByteBuffer.wrap(pdf, 0, end))).parse(false);
    }
}
