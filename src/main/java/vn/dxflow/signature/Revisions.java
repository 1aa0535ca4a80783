package vn.dxflow.signature;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What the signatures of one document share when the changes after each of them are judged: the file as written, the
 * current revision with its structure and page text, and the appearances already analysed. Everything is computed at
 * most once per document, so that a document with many signatures costs little more than one with a few.
 */
final class Revisions {

    private final byte[] pdf;
    private final PDDocument current;
    private final CrossReferences crossReferences;
    private final PageText text;
    private final Map<COSDictionary, Appearances.Paint> paints = new IdentityHashMap<>();
    private DocumentStructure structure;
    private Set<COSObjectKey> content;

    Revisions(byte[] pdf, PDDocument current, CrossReferences crossReferences) {
        this.pdf = pdf;
        this.current = current;
        this.crossReferences = crossReferences;
        this.text = new PageText(current);
    }

    byte[] pdf() {
        return pdf;
    }

    PDDocument current() {
        return current;
    }

    DocumentStructure structure() {
        if (structure == null) {
            structure = DocumentStructure.of(current, this::content);
        }
        return structure;
    }

    /** What the current revision's pages paint, walked once per document and only when a changed object asks. */
    Set<COSObjectKey> content() {
        if (content == null) {
            content = DocumentStructure.content(current);
        }
        return content;
    }

    PageText text() {
        return text;
    }

    Appearances.Paint paint(COSDictionary annotation) {
        return paints.computeIfAbsent(annotation, Appearances::of);
    }

    /**
     * Object numbers that a cross-reference section written after {@code signedEnd} marks free (tables and streams
     * alike). PDFBox ignores free entries and keeps resolving the signed object while other readers drop it (a freed
     * page content shows an empty page): a reader-dependent deletion.
     */
    Set<Long> freedAfter(int signedEnd) {
        Set<Long> freed = new TreeSet<>();
        for (CrossReferences.Section section : crossReferences.chain(pdf.length)) {
            if (section.offset() >= signedEnd) {
                section.entries().forEach((number, entry) -> {
                    if (!entry.inUse() && number != 0) {
                        freed.add(number);
                    }
                });
            }
        }
        return freed;
    }
}
