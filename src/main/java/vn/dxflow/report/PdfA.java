package vn.dxflow.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
        builder.useColorProfile(srgb);
        for (String family : FAMILIES) {
            for (Face face : faces) {
                builder.useFont(() -> new ByteArrayInputStream(face.data()), family, face.weight(), face.style(), true);
            }
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report's PDF", e);
        }
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
