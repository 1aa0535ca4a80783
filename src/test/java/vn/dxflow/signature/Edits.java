package vn.dxflow.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Incremental updates made with PDFBox after signing, as an editor or an attacker's script would make them. */
final class Edits {

    static final String FORGED_AMOUNT_LINE = "So tien ho tro: 900.000.000 VND";

    private Edits() {
    }

    /** Redefines the page's content stream object in place (same object number, new body appended). */
    static byte[] rewritePageContent(byte[] pdf) {
        return edit(pdf, document -> {
            COSStream content = document.getPage(0).getCOSObject().getCOSStream(COSName.CONTENTS);
            try (OutputStream out = content.createOutputStream()) {
                out.write(("BT /" + fontName(document.getPage(0)) + " 14 Tf 72 650 Td (" + FORGED_AMOUNT_LINE + ") Tj ET")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            return Set.of(content);
        });
    }

    static byte[] addStickyNote(byte[] pdf) {
        return edit(pdf, document -> {
            PDPage page = document.getPage(0);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(400, 700, 20, 20));
            note.setContents("Đã sửa số tiền");
            page.getAnnotations().add(note);
            return Set.of(page.getCOSObject());
        });
    }

    /** Swaps the font dictionary the page text uses (another /BaseFont changes every glyph the reader shows). */
    static byte[] replaceFont(byte[] pdf) {
        return edit(pdf, document -> {
            PDPage page = document.getPage(0);
            COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            COSDictionary font = (COSDictionary) fonts.getDictionaryObject(COSName.getPDFName(fontName(page)));
            font.setName(COSName.BASE_FONT, "Courier");
            return Set.of(font);
        });
    }

    /** Fills a text field; PDFBox regenerates the widget's appearance stream. */
    static byte[] fill(byte[] pdf, String fieldName, String value) {
        return edit(pdf, document -> {
            PDTextField field = (PDTextField) document.getDocumentCatalog().getAcroForm().getField(fieldName);
            field.setValue(value);
            Set<COSDictionary> changed = new HashSet<>(Set.of(field.getCOSObject()));
            for (PDAnnotationWidget widget : field.getWidgets()) {
                changed.add(widget.getCOSObject());
                changed.add(widget.getAppearance().getCOSObject());
                changed.add(widget.getAppearance().getNormalAppearance().getAppearanceStream().getCOSObject());
            }
            return changed;
        });
    }

    static String fontName(PDPage page) {
        return page.getResources().getFontNames().iterator().next().getName();
    }

    interface Edit {
        Set<COSDictionary> apply(PDDocument document) throws IOException;
    }

    static byte[] edit(byte[] pdf, Edit edit) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return TestPdfs.saveIncremental(document, edit.apply(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
