package vn.dxflow.signature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the text of each page is, extracted once per page and document however many signatures and annotations ask:
 * a document with 25 signatures asks hundreds of times about the same page.
 */
final class PageText {

    private final PDDocument document;
    private final Map<Integer, List<float[]>> glyphs = new HashMap<>();

    PageText(PDDocument document) {
        this.document = document;
    }

    /**
     * True when text of the page lies inside the rectangle (PDF user space), or when the page's text cannot be read
     * (then it cannot be shown to be uncovered).
     */
    boolean covers(int pageIndex, PDRectangle rect) {
        if (pageIndex < 0 || pageIndex >= document.getNumberOfPages()) {
            return false;
        }
        List<float[]> positions = glyphs.computeIfAbsent(pageIndex, this::extract);
        if (positions == null) {
            return true;
        }
        PDRectangle box = document.getPage(pageIndex).getCropBox();
        // glyph positions are in display space: origin at the crop box's upper left corner, y downwards
        float left = rect.getLowerLeftX() - box.getLowerLeftX();
        float top = box.getUpperRightY() - rect.getUpperRightY();
        for (float[] glyph : positions) {
            if (glyph[0] >= left && glyph[0] < left + rect.getWidth() && glyph[1] >= top && glyph[1] < top + rect.getHeight()) {
                return true;
            }
        }
        return false;
    }

    private List<float[]> extract(int pageIndex) {
        try {
            Collector collector = new Collector();
            collector.collect(document.getPage(pageIndex));
            return collector.positions;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static final class Collector extends PDFTextStripper {

        private final List<float[]> positions = new ArrayList<>();

        void collect(PDPage page) throws IOException {
            setStartPage(getCurrentPageNo());
            setEndPage(getCurrentPageNo());
            if (page.hasContents()) {
                processPage(page);
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!text.getUnicode().isBlank()) {
                positions.add(new float[] {text.getX(), text.getY()});
            }
        }

        @Override
        protected void writePage() {
            // only the positions are wanted
        }
    }
}
