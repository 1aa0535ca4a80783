package vn.dxflow.signature;

import static vn.dxflow.signature.DocumentStructure.keyOf;
import static vn.dxflow.signature.DocumentStructure.keys;
import static vn.dxflow.signature.DocumentStructure.resolve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.dxflow.signature.DocumentStructure.Role;

/**
 * What changed between a signed revision and the current document, and whether PAdES allows it (ETSI EN 319 142-1
 * 5.4; ISO 32000-1 12.8.2.2 DocMDP). Allowed: the DSS and document timestamps, new signatures, and form filling
 * unless the certification level is 1; new annotations only at certification level 3. Any other redefined object is
 * an incremental saving attack; an object redirected by the cross-reference table to a body inside the signed bytes is
 * a hide-and-replace shadow attack; a widget painted over signed text is a hide or replace shadow attack.
 */
final class RevisionComparison {

    private static final Set<COSName> CATALOG_CHANGES = Set.of(COSName.getPDFName("DSS"), COSName.ACRO_FORM,
            COSName.EXTENSIONS, COSName.VERSION);
    private static final Set<COSName> ACROFORM_CHANGES = Set.of(COSName.FIELDS, COSName.SIG_FLAGS, COSName.DR,
            COSName.DA);
    private static final Set<COSName> PAGE_CHANGES = Set.of(COSName.ANNOTS);
    private static final Set<COSName> FIELD_CHANGES = Set.of(COSName.V, COSName.AP, COSName.AS);

    private final byte[] pdf;
    private final PDDocument signed;
    private final PDDocument current;
    private final int signedEnd;
    private final int docMdp;
    private final DocumentStructure before;
    private final DocumentStructure after;
    private final Set<COSObjectKey> changed = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    private RevisionComparison(byte[] pdf, PDDocument signed, PDDocument current, int signedEnd, int docMdp) {
        this.pdf = pdf;
        this.signed = signed;
        this.current = current;
        this.signedEnd = signedEnd;
        this.docMdp = docMdp;
        this.before = DocumentStructure.of(signed);
        this.after = DocumentStructure.of(current);
    }

    /**
     * @param docMdp P of the document's certification signature, 0 when it is not certified
     */
    static List<Problem> changesAfter(byte[] pdf, PDDocument current, int signedEnd, int docMdp) {
        if (signedEnd >= pdf.length) {
            return List.of();
        }
        try (PDDocument signed = PdfLoading.load(Arrays.copyOf(pdf, signedEnd))) {
            return new RevisionComparison(pdf, signed, current, signedEnd, docMdp).compare();
        } catch (IOException | RuntimeException e) {
            return List.of(new Problem(Finding.DISALLOWED_CHANGE_AFTER_SIGNING,
                    "the signed revision cannot be read on its own: " + e.getMessage()));
        }
    }

    private List<Problem> compare() {
        COSDictionary trailerBefore = signed.getDocument().getTrailer();
        COSDictionary trailerAfter = current.getDocument().getTrailer();
        if (!Objects.equals(keyOf(trailerBefore.getItem(COSName.ROOT)), keyOf(trailerAfter.getItem(COSName.ROOT)))) {
            disallow("the trailer points to another catalog");
        }
        compareObjects();
        compareFreedObjects();
        comparePages();
        compareFields();
        return problems;
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
                String reason = whyNotAllowed(key, then, now);
                if (reason != null) {
                    disallow(reason);
                }
            }
        }
    }

    private void compareFreedObjects() {
        Set<Long> live = new HashSet<>();
        signed.getDocument().getXrefTable().keySet().forEach(key -> live.add(key.getNumber()));
        for (long number : FreedObjects.after(pdf, signedEnd)) {
            if (live.contains(number)) {
                disallow("object " + number + " was marked free after signing");
            }
        }
    }

    private String whyNotAllowed(COSObjectKey key, COSBase then, COSBase now) {
        if (now instanceof COSStream stream
                && (COSName.XREF.equals(stream.getCOSName(COSName.TYPE))
                || COSName.OBJ_STM.equals(stream.getCOSName(COSName.TYPE)))) {
            return null;
        }
        // The role an object had when it was signed decides: a later revision could otherwise list a page's content
        // stream in the DSS or as a field appearance and then rewrite it as if it were one.
        Role role = before.roleOf(key);
        if (role == null) {
            return "object " + key + " was redefined after signing";
        }
        return switch (role) {
            // Annotation and field arrays are judged by what they list, in comparePages and compareFields.
            case INFO, ANNOTATIONS, FIELDS, DSS -> null;
            case CATALOG -> onlyKeysChanged(then, now, CATALOG_CHANGES, "catalog " + key);
            case ACROFORM -> onlyKeysChanged(then, now, ACROFORM_CHANGES, "AcroForm " + key);
            case PAGE -> onlyKeysChanged(then, now, PAGE_CHANGES, "page object " + key);
            case PAGE_CONTENT -> "page content " + key + " was redefined after signing";
            case SIGNATURE_FIELD -> signatureFieldChange(key, then, now);
            case FORM_FIELD -> docMdp == 1 ? "form field " + key + " filled although certification level 1 forbids it"
                    : onlyKeysChanged(then, now, FIELD_CHANGES, "form field " + key);
            case FORM_RESOURCES -> docMdp == 1 ? "form resources " + key + " changed although certification level 1 forbids it"
                    : onlyAdditions(then, now, "form resources " + key);
            case APPEARANCE -> docMdp == 1 ? "appearance " + key + " changed although certification level 1 forbids it"
                    : null;
        };
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
        if (!(then instanceof COSDictionary a) || !(now instanceof COSDictionary b) || then instanceof COSStream) {
            return what + " changed type";
        }
        Set<COSName> names = new HashSet<>(a.keySet());
        names.addAll(b.keySet());
        for (COSName name : names) {
            if (!allowed.contains(name) && !CosComparison.valueEqual(a, b, name)) {
                return what + ": /" + name.getName() + " changed after signing";
            }
        }
        return null;
    }

    /** Entries may be added (a filler adds the fonts it needs) but existing ones must stay as signed. */
    private static String onlyAdditions(COSBase then, COSBase now, String what) {
        if (!(then instanceof COSDictionary a) || !(now instanceof COSDictionary b)) {
            return what + " changed type";
        }
        for (COSName name : a.keySet()) {
            if (!CosComparison.valueEqual(a, b, name)) {
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
            if (then.contains(key) || !(resolve(current.getDocument().getObjectFromPool(key)) instanceof COSDictionary annotation)) {
                continue;
            }
            boolean signatureWidget = COSName.WIDGET.equals(annotation.getCOSName(COSName.SUBTYPE))
                    && DocumentStructure.isSignatureField(annotation);
            if (signatureWidget && docMdp == 1 && !isDocumentTimestamp(annotation)) {
                disallow("a signature was added to page " + (page + 1) + " although certification level 1 forbids it");
            } else if (!signatureWidget && docMdp != 3) {
                disallow("annotation " + key + " was added to page " + (page + 1));
            } else if (OverlayDetector.coversSignedText(signed, page, annotation)) {
                problems.add(new Problem(Finding.SHADOW_HIDE, "annotation " + key + " added after signing covers signed text on page " + (page + 1)));
            }
        }
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
        COSBase fieldsBefore = fields(signed);
        COSBase fieldsAfter = fields(current);
        Set<COSObjectKey> then = keys(fieldsBefore);
        Set<COSObjectKey> now = keys(fieldsAfter);
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
            if (nodeBefore != null && !DocumentStructure.isSignatureField(node) && refilled(nodeBefore, node)
                    && OverlayDetector.coversSignedText(signed, pageOf(key, node), node)) {
                problems.add(new Problem(Finding.SHADOW_REPLACE,
                        "form field " + key + " was refilled after signing and its appearance covers signed text"));
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

    private void disallow(String detail) {
        problems.add(new Problem(Finding.DISALLOWED_CHANGE_AFTER_SIGNING, detail));
    }
}
