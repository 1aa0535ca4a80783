package vn.dxflow.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML to PDF/A-2b with openhtmltopdf on PDFBox 3. Archival copies of administrative documents must be
 * self-contained: every font is embedded (subset), colours refer to the sRGB output intent, and the XMP
 * metadata carries the title and the PDF/A identification.
 *
 * <p>Nghị định 30/2020/NĐ-CP, Phụ lục I asks for Times New Roman (Unicode, TCVN 6909:2001); Liberation Serif
 * (SIL OFL 1.1, shipped under {@code fonts/}) has the same metrics and every Vietnamese letter. It is
 * registered under both names so a template that asks for "Times New Roman" still gets an embedded font.
 */
class PdfA {

    static final String FONT_FAMILY = "Liberation Serif";
    private static final List<String> FAMILIES = List.of(FONT_FAMILY, "Times New Roman");

    private record Face(byte[] data, int weight, FontStyle style) {
    }

    private final List<Face> faces;
    private final byte[] srgb;

    PdfA() {
        faces = List.of(
                new Face(resource("fonts/LiberationSerif-Regular.ttf"), 400, FontStyle.NORMAL),
                new Face(resource("fonts/LiberationSerif-Bold.ttf"), 700, FontStyle.NORMAL),
                new Face(resource("fonts/LiberationSerif-Italic.ttf"), 400, FontStyle.ITALIC),
                new Face(resource("fonts/LiberationSerif-BoldItalic.ttf"), 700, FontStyle.ITALIC));
        srgb = resource("icc/sRGB.icc");
    }

    void write(String xhtml, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(srgb);
            for (Face face : faces) {
                PDFontSupplier font = new PDFontSupplier(PDType0Font.load(document, latinOnly(face), true));
                for (String family : FAMILIES) {
                    builder.useFont(font, family, face.weight(), face.style(), true);
                }
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report's PDF", e);
        }
    }

    /**
     * The face without glyph substitution: PDFBox would otherwise compile and run regular expressions over
     * the font's ligature tables for every string it draws (most of a report's CPU), and Vietnamese text in
     * precomposed form (NFC) needs no substitution.
     */
    private static TrueTypeFont latinOnly(Face face) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.data()));
        font.setEnableGsub(false);
        return font;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfA.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
