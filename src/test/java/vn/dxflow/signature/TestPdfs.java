package vn.dxflow.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDListBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * The sample documents: a one-page appraisal record ("biên bản thẩm định") with its amount line, optionally with two
 * text fields (a note on blank space, and one placed over the amount line, as a shadow-attack document would), saved
 * without object streams so that attack tests can edit bytes and cross-reference tables by hand.
 */
final class TestPdfs {

    /** Where the amount line is printed; the overlay field sits exactly on it. */
    static final PDRectangle AMOUNT_LINE = new PDRectangle(70, 640, 260, 25);
    static final PDRectangle BLANK_AREA = new PDRectangle(300, 400, 200, 20);
    static final PDRectangle CHOICE_AREA = new PDRectangle(300, 300, 120, 40);

    private TestPdfs() {
    }

    static byte[] record(boolean withFields) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                line(content, font, 750, "BIEN BAN THAM DINH MUC DO CHUYEN DOI SO");
                line(content, font, 700, "Xa Tan Lap dat muc 3 nam 2026");
                line(content, font, 650, "So tien ho tro: 100.000.000 VND");
            }
            if (withFields) {
                addFields(document, page, font);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sign-off sheet for many signers: one printed line per signer ("Nguoi ky 07: Truong phong ..."), each signer's
     * visible signature box later placed on that line, as multi-signature workflows do.
     */
    static byte[] signOffSheet(int signers) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                line(content, font, 800, "BIEN BAN THAM DINH - TRANG KY");
                for (int i = 0; i < signers; i++) {
                    line(content, font, signOffLine(i), String.format("Nguoi ky %02d: thanh vien hoi dong", i + 1));
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The box of signer i on the sign-off sheet: over the printed line, clear of the neighbouring ones. */
    static PDRectangle signOffSlot(int signer) {
        return new PDRectangle(64, signOffLine(signer) - 6, 300, 22);
    }

    private static float signOffLine(int signer) {
        return 770 - signer * 28f;
    }

    /** A signature appearance: a thin frame and a line of text, optionally painted white first. */
    static PDAppearanceDictionary signatureBox(PDDocument document, PDRectangle rect, boolean opaque) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE));
        stream.setResources(resources);
        String box = "0 0 " + rect.getWidth() + " " + rect.getHeight() + " re";
        String paint = (opaque ? "1 1 1 rg " + box + " f " : "") + "0 0 1 RG 0.5 w " + box + " S "
                + "BT 0 0 1 rg /Helv 9 Tf 250 8 Td (Da ky so) Tj ET";
        try (OutputStream out = stream.getContentStream().createOutputStream()) {
            out.write(paint.getBytes(StandardCharsets.US_ASCII));
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    /**
     * A realistic small official document: three pages of Vietnamese text in an embedded subset of Liberation Serif
     * (as DXFlow's own reports embed it), a raster seal image and XMP metadata, about 100 KB.
     */
    static byte[] officialLetter() {
        try (PDDocument document = new PDDocument();
                InputStream fontFile = TestPdfs.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            PDImageXObject seal = LosslessFactory.createFromImage(document, seal());
            for (int p = 1; p <= 3; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 770);
                    content.setLeading(16);
                    for (int line = 0; line < 40; line++) {
                        content.showText("Trang " + p + ", dòng " + (line + 1) + ": Ủy ban nhân dân xã Tân Lập báo cáo kết quả "
                                + "tự đánh giá mức độ chuyển đổi số năm 2026.");
                        content.newLine();
                    }
                    content.endText();
                    content.drawImage(seal, 400, 80, 120, 120);
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.awt.image.BufferedImage seal() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(240, 240, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random noise = new java.util.Random(7);
        for (int x = 0; x < 240; x++) {
            for (int y = 0; y < 240; y++) {
                boolean ring = Math.abs(Math.hypot(x - 120, y - 120) - 100) < 8;
                image.setRGB(x, y, ring ? 0xCC0000 : 0xFFFFFF - noise.nextInt(0x0F0F0F));
            }
        }
        return image;
    }

    static byte[] padded(int approximateBytes) {
        try (PDDocument document = Loader.loadPDF(record(false))) {
            PDPage page = document.getPage(0);
            // a large incompressible stream, as a scanned annex would be
            COSStream payload = document.getDocument().createCOSStream();
            byte[] noise = new byte[approximateBytes];
            new java.util.Random(42).nextBytes(noise);
            try (OutputStream out = payload.createRawOutputStream()) {
                out.write(noise);
            }
            page.getCOSObject().setItem(COSName.getPDFName("PieceInfo"), payload);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream content, PDType1Font font, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 14);
        content.newLineAtOffset(72, y);
        content.showText(text);
        content.endText();
    }

    private static void addFields(PDDocument document, PDPage page, PDType1Font font) throws IOException {
        PDAcroForm form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        PDResources resources = new PDResources();
        // the form's own font object, as form authoring tools write it: not the one the page text uses
        resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/Helv 12 Tf 0 g");
        form.getFields().add(textField(document, form, page, "ghiChu", BLANK_AREA));
        form.getFields().add(textField(document, form, page, "soTien", AMOUNT_LINE));
        form.getFields().add(choiceField(form, page));
    }

    /** A list box "ketLuan" (conclusion) on blank space: its selection is held in /V and the indices /I. */
    private static PDListBox choiceField(PDAcroForm form, PDPage page) throws IOException {
        PDListBox choice = new PDListBox(form);
        choice.setPartialName("ketLuan");
        choice.setOptions(List.of("Dat", "Khong dat"));
        PDAnnotationWidget widget = choice.getWidgets().get(0);
        widget.setRectangle(CHOICE_AREA);
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        return choice;
    }

    private static PDTextField textField(PDDocument document, PDAcroForm form, PDPage page, String name, PDRectangle rect) throws IOException {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        PDAppearanceCharacteristicsDictionary characteristics = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
        characteristics.setBackground(new PDColor(new float[] {1, 1, 1}, PDDeviceRGB.INSTANCE));
        widget.setAppearanceCharacteristics(characteristics);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        // The appearance stays empty (transparent) until the field is filled.
        widget.setAppearance(emptyAppearance(document, rect));
        return field;
    }

    static PDAppearanceDictionary emptyAppearance(PDDocument document, PDRectangle rect) {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    /** An opaque white box: what an attacker paints to hide what lies below. */
    static PDAppearanceDictionary opaqueAppearance(PDDocument document, PDRectangle rect) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        stream.setResources(new PDResources());
        try (OutputStream out = stream.getContentStream().createOutputStream()) {
            out.write(("1 1 1 rg 0 0 " + rect.getWidth() + " " + rect.getHeight() + " re f").getBytes(StandardCharsets.US_ASCII));
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    /** A new signature field whose widget covers the given rectangle with an opaque appearance. */
    static byte[] addSignatureFieldOver(byte[] pdf, PDRectangle rect) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName("chuKyGia");
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(rect);
            widget.setPage(page);
            widget.setPrinted(true);
            widget.setAppearance(opaqueAppearance(document, rect));
            page.getAnnotations().add(widget);
            form.getFields().add(field);
            return saveIncremental(document, Set.of(page.getCOSObject(), form.getCOSObject(),
                    document.getDocumentCatalog().getCOSObject()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    static byte[] saveIncremental(PDDocument document, Set<COSDictionary> changed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.saveIncremental(out, changed);
        return out.toByteArray();
    }
}
