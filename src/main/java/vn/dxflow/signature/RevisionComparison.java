package vn.dxflow.signature;

import static vn.dxflow.signature.DocumentStructure.keyOf;
import static vn.dxflow.signature.DocumentStructure.keys;
import static vn.dxflow.signature.DocumentStructure.resolve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.dxflow.signature.Appearances.Paint;
import vn.dxflow.signature.DocumentStructure.Role;

/**
 * What changed between a signed revision and the current document, judged by what it does to the rendered pages and
 * the form values (ISO 32000-2 12.8.2.2 DocMDP, ETSI EN 319 142-1 5.4), not by which bytes or object types differ.
 * Allowed: the DSS and document timestamps, new signatures, XMP metadata, the tagged-PDF structure, numerically equal
 * rewrites, a new catalog object with the same content, and form filling (values, appearances, /DA, /DR fonts, a
 * choice's /I) unless the certification level is 1; new annotations only at certification level 3. Anything else that
 * was redefined is an incremental saving attack; an object redirected to a body inside the signed bytes is a
 * hide-and-replace shadow attack; a new annotation painting opaquely over signed text, or a refilled field drawn over
 * it, is a hide or replace shadow attack; a new annotation overlapping one present at signing is reported.
 */
final class RevisionComparison {

    /** The problems found and whether allowed changes altered what the pages show or the form holds. */
    record Outcome(List<Problem> problems, boolean visiblyModified) {
    }

    private static final Set<COSName> CATALOG_CHANGES = Set.of(DocumentStructure.DSS_KEY, COSName.ACRO_FORM,
            COSName.EXTENSIONS, COSName.VERSION, COSName.METADATA, COSName.STRUCT_TREE_ROOT, COSName.MARK_INFO,
            COSName.LANG);
    private static final Set<COSName> ACROFORM_SIGNING = Set.of(COSName.FIELDS, COSName.SIG_FLAGS);
    private static final Set<COSName> ACROFORM_FILLING = Set.of(COSName.FIELDS, COSName.SIG_FLAGS, COSName.DR,
            COSName.DA, COSName.NEED_APPEARANCES);
    private static final Set<COSName> PAGE_CHANGES = Set.of(COSName.ANNOTS, COSName.STRUCT_PARENTS, COSName.METADATA,
            COSName.PIECE_INFO, COSName.LAST_MODIFIED, COSName.getPDFName("Tabs"));
    private static final Set<COSName> FIELD_CHANGES = Set.of(COSName.V, COSName.AP, COSName.AS, COSName.DA, COSName.I,
            COSName.MK, COSName.STRUCT_PARENT, COSName.FF);
    private static final Set<COSName> ANNOTATION_CHANGES = Set.of(COSName.STRUCT_PARENT);
    /** Acrobat sets ReadOnly on the fields a signature locks (ISO 32000-1 12.7.3.1, table 221, bit 1). */
    private static final int READ_ONLY = 1;
    private static final int HIDDEN_OR_NO_VIEW = (1 << 1) | (1 << 5);

    private final Revisions revisions;
    private final PDDocument signed;
    private final PDDocument current;
    private final int signedEnd;
    private final int docMdp;
    private final DocumentStructure before;
    private final DocumentStructure after;
    private final Set<COSObjectKey> changed = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();
    private boolean visible;

    private RevisionComparison(Revisions revisions, PDDocument signed, int signedEnd, int docMdp) {
        this.revisions = revisions;
        this.signed = signed;
        this.current = revisions.current();
        this.signedEnd = signedEnd;
        this.docMdp = docMdp;
        this.before = DocumentStructure.of(signed, revisions::content);
        this.after = revisions.structure();
    }

    /**
     * @param docMdp P of the document's certification signature, 0 when it is not certified
     */
    static Outcome changesAfter(Revisions revisions, int signedEnd, int docMdp) {
        byte[] pdf = revisions.pdf();
        if (signedEnd >= pdf.length) {
            return new Outcome(List.of(), false);
        }
        try (PDDocument signed = PdfLoading.load(pdf, signedEnd)) {
            return new RevisionComparison(revisions, signed, signedEnd, docMdp).compare();
        } catch (IOException | RuntimeException e) {
            return new Outcome(List.of(new Problem(Finding.DISALLOWED_CHANGE_AFTER_SIGNING,
                    "the signed revision cannot be read on its own: " + e.getMessage())), false);
        }
    }

    private Outcome compare() {
        compareCatalogs();
        compareObjects();
        compareFreedObjects();
        comparePages();
        compareFields();
        return new Outcome(problems, visible);
    }

    /** LTV tools may write a new catalog object (with the DSS): it is judged as the old catalog changed would be. */
    private void compareCatalogs() {
        COSObjectKey rootBefore = keyOf(signed.getDocument().getTrailer().getItem(COSName.ROOT));
        COSObjectKey rootAfter = keyOf(current.getDocument().getTrailer().getItem(COSName.ROOT));
        if (!Objects.equals(rootBefore, rootAfter)) {
            disallowIfNotNull(catalogChange(signed.getDocumentCatalog().getCOSObject(),
                    current.getDocumentCatalog().getCOSObject(), "the new catalog " + rootAfter));
        }
    }

    private void compareObjects() {
        Map<COSObjectKey, Long> offsetsBefore = signed.getDocument().getXrefTable();
        for (Map.Entry<COSObjectKey, Long> entry : current.getDocument().getXrefTable().entrySet()) {
            COSObjectKey key = entry.getKey();
            Long offsetBefore = offsetsBefore.get(key);
            long offset = entry.getValue();
            if (offsetBefore == null || (offsetBefore == offset && offset > 0)) {
                continue;
            }
            COSBase then = resolve(signed.getDocument().getObjectFromPool(key));
            COSBase now = resolve(current.getDocument().getObjectFromPool(key));
            if (CosComparison.equal(then, now)) {
                continue;
            }
            changed.add(key);
            if (offset > 0 && offset < signedEnd) {
                problems.add(new Problem(Finding.SHADOW_HIDE_AND_REPLACE, "object " + key
                        + " now resolves to a body at offset " + offset + ", hidden inside the signed bytes"));
            } else {
                disallowIfNotNull(whyNotAllowed(key, then, now));
            }
        }
    }

    private void compareFreedObjects() {
        Set<Long> freed = revisions.freedAfter(signedEnd);
        if (freed.isEmpty()) {
            return;
        }
        Set<Long> live = new HashSet<>();
        signed.getDocument().getXrefTable().keySet().forEach(key -> live.add(key.getNumber()));
        for (long number : freed) {
            if (live.contains(number)) {
                disallow("object " + number + " was marked free after signing");
            }
        }
    }

    private String whyNotAllowed(COSObjectKey key, COSBase then, COSBase now) {
        if (isCrossReferenceOrObjectStream(then) && isCrossReferenceOrObjectStream(now)) {
            return null;
        }
        if (key.equals(keyOf(signed.getDocument().getTrailer().getItem(COSName.ROOT)))) {
            // no entry the catalog may change (DSS, AcroForm, metadata, structure, ...) means anything to a page that
            // might also use this dictionary, so the catalog is judged without walking what the pages paint
            return catalogChange(then, now, "catalog " + key);
        }
        // The role an object had when it was signed decides: a later revision could otherwise list a page's content
        // stream in the DSS or as a field appearance and then rewrite it as if it were one.
        Role role = before.roleOf(key);
        if (role == null) {
            return "object " + key + " was redefined after signing";
        }
        boolean formFilling = docMdp != 1;
        return switch (role) {
            // Annotation and field arrays are judged by what they list, in comparePages and compareFields.
            case INFO, ANNOTATIONS, FIELDS, DSS, METADATA, STRUCTURE -> null;
            case CATALOG -> catalogChange(then, now, "catalog " + key);
            case ACROFORM -> onlyKeysChanged(then, now, formFilling ? ACROFORM_FILLING : ACROFORM_SIGNING, "AcroForm " + key);
            case PAGE -> onlyKeysChanged(then, now, PAGE_CHANGES, "page object " + key);
            case PAGE_CONTENT -> "page content " + key + " was redefined after signing";
            case ANNOTATION -> docMdp == 3 ? null : onlyKeysChanged(then, now, ANNOTATION_CHANGES, "annotation " + key);
            case SIGNATURE_FIELD -> signatureFieldChange(key, then, now);
            case FORM_FIELD -> formFilling ? onlyKeysChanged(then, now, FIELD_CHANGES, "form field " + key)
                    : "form field " + key + " filled although certification level 1 forbids it";
            case FORM_RESOURCES, APPEARANCE -> formFilling ? null
                    : "form resources or appearance " + key + " changed although certification level 1 forbids it";
        };
    }

    private static boolean isCrossReferenceOrObjectStream(COSBase object) {
        return object instanceof COSStream stream && (COSName.XREF.equals(stream.getCOSName(COSName.TYPE))
                || COSName.OBJ_STM.equals(stream.getCOSName(COSName.TYPE)));
    }

    /** Catalog entries allowed to change; an AcroForm that is direct or replaced by a new object is judged too. */
    private String catalogChange(COSBase then, COSBase now, String what) {
        String keys = onlyKeysChanged(then, now, CATALOG_CHANGES, what);
        if (keys != null) {
            return keys;
        }
        COSBase formBefore = ((COSDictionary) then).getItem(COSName.ACRO_FORM);
        COSBase formAfter = ((COSDictionary) now).getItem(COSName.ACRO_FORM);
        if (keyOf(formBefore) != null && Objects.equals(keyOf(formBefore), keyOf(formAfter))) {
            return null; // the same object, judged on its own
        }
        return resolve(formBefore) instanceof COSDictionary && resolve(formAfter) instanceof COSDictionary
                ? onlyKeysChanged(resolve(formBefore), resolve(formAfter),
                        docMdp != 1 ? ACROFORM_FILLING : ACROFORM_SIGNING, what + " AcroForm")
                : null;
    }

    private static String signatureFieldChange(COSObjectKey key, COSBase then, COSBase now) {
        String keys = onlyKeysChanged(then, now, FIELD_CHANGES, "signature field " + key);
        if (keys != null) {
            return keys;
        }
        boolean wasSigned = then instanceof COSDictionary dictionary && dictionary.containsKey(COSName.V);
        return wasSigned && !CosComparison.valueEqual((COSDictionary) then, (COSDictionary) now, COSName.V)
                ? "signature field " + key + " was given another signature" : null;
    }

    private static String onlyKeysChanged(COSBase then, COSBase now, Set<COSName> allowed, String what) {
        if (!(then instanceof COSDictionary a) || !(now instanceof COSDictionary b) || then instanceof COSStream
                || now instanceof COSStream) {
            return what + " changed type";
        }
        Set<COSName> names = new HashSet<>(a.keySet());
        names.addAll(b.keySet());
        for (COSName name : names) {
            boolean allowedChange = allowed.contains(name)
                    && (!COSName.FF.equals(name) || (a.getInt(COSName.FF, 0) | READ_ONLY) == (b.getInt(COSName.FF, 0) | READ_ONLY));
            if (!allowedChange && !CosComparison.valueEqual(a, b, name)) {
                return what + ": /" + name.getName() + " changed after signing";
            }
        }
        return null;
    }

    private void comparePages() {
        Map<Integer, COSObjectKey> pagesBefore = new HashMap<>();
        before.pages().forEach((key, index) -> pagesBefore.put(index, key));
        if (pagesBefore.size() != after.pages().size()) {
            disallow("pages were added or removed after signing");
            return;
        }
        after.pages().forEach((key, index) -> {
            COSObjectKey keyBefore = pagesBefore.get(index);
            if (resolve(signed.getDocument().getObjectFromPool(keyBefore)) instanceof COSDictionary pageBefore
                    && resolve(current.getDocument().getObjectFromPool(key)) instanceof COSDictionary pageAfter) {
                compareAnnotations(index, pageBefore.getItem(COSName.ANNOTS), pageAfter.getItem(COSName.ANNOTS));
            }
        });
    }

    private void compareAnnotations(int page, COSBase annotsBefore, COSBase annotsAfter) {
        Set<COSObjectKey> then = keys(annotsBefore);
        Set<COSObjectKey> now = keys(annotsAfter);
        if (!now.containsAll(then)) {
            disallow("an annotation was removed from page " + (page + 1));
        }
        if (hasNewDirectAnnotation(annotsBefore, annotsAfter)) {
            disallow("a direct annotation was added to page " + (page + 1));
        }
        for (COSObjectKey key : now) {
            if (!then.contains(key) && resolve(current.getDocument().getObjectFromPool(key)) instanceof COSDictionary annotation) {
                judgeNewAnnotation(page, key, annotation, annotsBefore);
            }
        }
    }

    private void judgeNewAnnotation(int page, COSObjectKey key, COSDictionary annotation, COSBase annotsBefore) {
        boolean signatureWidget = COSName.WIDGET.equals(annotation.getCOSName(COSName.SUBTYPE))
                && DocumentStructure.isSignatureField(annotation);
        if (signatureWidget && docMdp == 1 && !isDocumentTimestamp(annotation)) {
            disallow("a signature was added to page " + (page + 1) + " although certification level 1 forbids it");
            return;
        }
        if (!signatureWidget && docMdp != 3) {
            disallow("annotation " + key + " was added to page " + (page + 1));
            return;
        }
        Paint paint = revisions.paint(annotation);
        PDRectangle rect = rectangle(annotation);
        if (paint == Paint.NOTHING || rect == null) {
            return;
        }
        visible = true;
        if (paint == Paint.OPAQUE && revisions.text().covers(page, rect)) {
            problems.add(new Problem(Finding.SHADOW_HIDE, "annotation " + key + " added after signing paints over "
                    + "signed text on page " + (page + 1)));
        }
        if (overlapsSignedAnnotation(rect, annotsBefore)) {
            problems.add(new Problem(Finding.ANNOTATION_OVERLAP, "annotation " + key + " added after signing overlaps "
                    + "an annotation present at signing on page " + (page + 1)));
        }
    }

    private static boolean overlapsSignedAnnotation(PDRectangle rect, COSBase annotsBefore) {
        if (!(resolve(annotsBefore) instanceof COSArray annotations)) {
            return false;
        }
        for (COSBase item : annotations) {
            if (resolve(item) instanceof COSDictionary old && (old.getInt(COSName.F, 0) & HIDDEN_OR_NO_VIEW) == 0
                    && !COSName.POPUP.equals(old.getCOSName(COSName.SUBTYPE))) {
                PDRectangle other = rectangle(old);
                if (other != null && Math.min(rect.getUpperRightX(), other.getUpperRightX()) > Math.max(rect.getLowerLeftX(), other.getLowerLeftX())
                        && Math.min(rect.getUpperRightY(), other.getUpperRightY()) > Math.max(rect.getLowerLeftY(), other.getLowerLeftY())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The annotation's rectangle, null when it has no area (invisible signatures are [0 0 0 0]). */
    private static PDRectangle rectangle(COSDictionary annotation) {
        if (!(annotation.getDictionaryObject(COSName.RECT) instanceof COSArray array) || array.size() != 4) {
            return null;
        }
        PDRectangle rect = new PDRectangle(array);
        return rect.getWidth() > 0 && rect.getHeight() > 0 ? rect : null;
    }

    private static boolean hasNewDirectAnnotation(COSBase annotsBefore, COSBase annotsAfter) {
        if (!(resolve(annotsAfter) instanceof COSArray now)) {
            return false;
        }
        List<? extends COSBase> then = resolve(annotsBefore) instanceof COSArray array ? array.toList() : List.of();
        for (COSBase item : now) {
            if (keyOf(item) == null && then.stream().noneMatch(old -> CosComparison.equal(old, item))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDocumentTimestamp(COSDictionary widget) {
        return widget.getDictionaryObject(COSName.V) instanceof COSDictionary value
                && COSName.DOC_TIME_STAMP.equals(value.getCOSName(COSName.TYPE));
    }

    private void compareFields() {
        Set<COSObjectKey> then = keys(fields(signed));
        Set<COSObjectKey> now = keys(fields(current));
        if (!now.containsAll(then)) {
            disallow("a form field was removed after signing");
        }
        for (COSObjectKey key : now) {
            COSDictionary field = after.formNodes().get(key);
            if (!then.contains(key) && field != null && !DocumentStructure.isSignatureField(field)) {
                disallow("form field " + key + " was added after signing");
            }
        }
        after.formNodes().forEach((key, node) -> {
            COSDictionary nodeBefore = before.formNodes().get(key);
            if (nodeBefore != null && !DocumentStructure.isSignatureField(node) && refilled(nodeBefore, node)) {
                visible = true;
                PDRectangle rect = rectangle(node);
                if (rect != null && revisions.paint(node) != Paint.NOTHING && revisions.text().covers(pageOf(key, node), rect)) {
                    problems.add(new Problem(Finding.SHADOW_REPLACE,
                            "form field " + key + " was refilled after signing and its appearance covers signed text"));
                }
            }
        });
    }

    private boolean refilled(COSDictionary then, COSDictionary now) {
        if (!CosComparison.valueEqual(then, now, COSName.V) || !CosComparison.valueEqual(then, now, COSName.AP)) {
            return true;
        }
        return resolve(now.getItem(COSName.AP)) instanceof COSDictionary appearance
                && changed.contains(keyOf(appearance.getItem(COSName.N)));
    }

    private int pageOf(COSObjectKey widget, COSDictionary node) {
        Integer index = after.pages().get(keyOf(node.getItem(COSName.P)));
        if (index != null) {
            return index;
        }
        for (Map.Entry<COSObjectKey, Integer> page : after.pages().entrySet()) {
            if (resolve(current.getDocument().getObjectFromPool(page.getKey())) instanceof COSDictionary dictionary
                    && keys(dictionary.getItem(COSName.ANNOTS)).contains(widget)) {
                return page.getValue();
            }
        }
        return -1;
    }

    private static COSBase fields(PDDocument document) {
        return document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.ACRO_FORM)
                instanceof COSDictionary form ? form.getItem(COSName.FIELDS) : null;
    }

    private void disallowIfNotNull(String detail) {
        if (detail != null) {
            disallow(detail);
        }
    }

    private void disallow(String detail) {
        problems.add(new Problem(Finding.DISALLOWED_CHANGE_AFTER_SIGNING, detail));
    }
}
