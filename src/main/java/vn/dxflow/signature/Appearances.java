package vn.dxflow.signature;

import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;

/**
 * What an annotation paints over its page, read from its appearance stream (ISO 32000-1 12.5.5): nothing, marks that
 * leave what lies below visible (text, lines, images with a transparency mask), or opaque areas that hide it (filled
 * paths, shadings, images without a mask). A signature box drawn over a printed line hides nothing; the same box
 * painted white first hides the line (shadow attack, hide variant).
 */
final class Appearances {

    enum Paint {
        NOTHING, MARKS, OPAQUE
    }

    private static final int HIDDEN = 1 << 1;
    private static final int NO_VIEW = 1 << 5;
    private static final int MAX_DEPTH = 4;
    private static final Set<String> FILLS = Set.of("f", "F", "f*", "B", "B*", "b", "b*", "sh", "BI");
    private static final Set<String> MARKS = Set.of("Tj", "TJ", "'", "\"", "S", "s");
    /** Viewers draw these without an appearance only as an icon or not at all. */
    private static final Set<COSName> NOT_PAINTED_WITHOUT_APPEARANCE = Set.of(COSName.WIDGET, COSName.LINK,
            COSName.POPUP);

    private Appearances() {
    }

    static Paint of(COSDictionary annotation) {
        if ((annotation.getInt(COSName.F, 0) & (HIDDEN | NO_VIEW)) != 0) {
            return Paint.NOTHING;
        }
        if (!(annotation.getDictionaryObject(COSName.AP) instanceof COSDictionary appearance)) {
            // A viewer draws the annotation from its other entries (a filled square, a stamp): assume it hides.
            return NOT_PAINTED_WITHOUT_APPEARANCE.contains(annotation.getCOSName(COSName.SUBTYPE))
                    ? Paint.NOTHING : Paint.OPAQUE;
        }
        COSBase normal = appearance.getDictionaryObject(COSName.N);
        if (!(normal instanceof COSStream) && normal instanceof COSDictionary states) {
            COSName state = annotation.getCOSName(COSName.AS);
            normal = state == null ? null : states.getDictionaryObject(state);
        }
        return normal instanceof COSStream stream ? paint(stream, 0) : Paint.NOTHING;
    }

    private static Paint paint(COSStream stream, int depth) {
        if (depth > MAX_DEPTH) {
            return Paint.OPAQUE;
        }
        Paint result = Paint.NOTHING;
        COSName lastName = null;
        try {
            PDFStreamParser parser = new PDFStreamParser(bytes(stream));
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof COSName name) {
                    lastName = name;
                } else if (token instanceof Operator operator) {
                    String op = operator.getName();
                    Paint painted = FILLS.contains(op) ? Paint.OPAQUE : MARKS.contains(op) ? Paint.MARKS
                            : "Do".equals(op) ? xObject(stream, lastName, depth) : Paint.NOTHING;
                    if (painted.compareTo(result) > 0) {
                        result = painted;
                    }
                    if (result == Paint.OPAQUE) {
                        return result;
                    }
                }
            }
            return result;
        } catch (IOException | RuntimeException e) {
            return Paint.OPAQUE; // what cannot be read cannot be shown to hide nothing
        }
    }

    private static byte[] bytes(COSStream stream) throws IOException {
        try (var in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }

    private static Paint xObject(COSStream form, COSName name, int depth) {
        if (name == null || !(form.getDictionaryObject(COSName.RESOURCES) instanceof COSDictionary resources)
                || !(resources.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xObjects)
                || !(xObjects.getDictionaryObject(name) instanceof COSStream xObject)) {
            return Paint.OPAQUE;
        }
        if (COSName.FORM.equals(xObject.getCOSName(COSName.SUBTYPE))) {
            return paint(xObject, depth + 1);
        }
        boolean masked = xObject.containsKey(COSName.SMASK) || xObject.containsKey(COSName.MASK)
                || xObject.getBoolean(COSName.IMAGE_MASK, false);
        return masked ? Paint.MARKS : Paint.OPAQUE;
    }
}
