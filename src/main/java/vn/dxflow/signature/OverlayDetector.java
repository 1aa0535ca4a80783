package vn.dxflow.signature;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Shadow attacks (Mainka et al., NDSS 2021, pdf-insecurity.org) hide or replace signed content with changes that
 * look permitted: a new signature widget or a re-filled form field whose appearance is painted over the text the
 * signer saw. A widget placed after signing over text of the signed page is therefore refused; honest fields and
 * signature boxes sit on blank space.
 */
final class OverlayDetector {

    private OverlayDetector() {
    }

    /** True when the annotation's rectangle covers text of the same page in the signed revision. */
    static boolean coversSignedText(PDDocument signed, int pageIndex, COSDictionary annotation) {
        if (!(annotation.getDictionaryObject(COSName.RECT) instanceof COSArray array) || array.size() != 4
                || pageIndex < 0 || pageIndex >= signed.getNumberOfPages()) {
            return false;
        }
        PDRectangle rect = new PDRectangle(array);
        if (rect.getWidth() <= 0 || rect.getHeight() <= 0) {
            return false;
        }
        try {
            PDPage page = signed.getPage(pageIndex);
            PDRectangle box = page.getCropBox();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("overlay", new Rectangle2D.Float(rect.getLowerLeftX() - box.getLowerLeftX(),
                    box.getUpperRightY() - rect.getUpperRightY(), rect.getWidth(), rect.getHeight()));
            stripper.extractRegions(page);
            return !stripper.getTextForRegion("overlay").isBlank();
        } catch (IOException | RuntimeException e) {
            // A page whose text cannot be extracted cannot be shown to be uncovered.
            return true;
        }
    }
}
