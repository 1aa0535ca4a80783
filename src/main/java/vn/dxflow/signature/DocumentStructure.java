package vn.dxflow.signature;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The role of each indirect object of one revision, found by walking the document from its trailer: which objects
 * are the catalog, pages, annotation arrays, form fields and their appearances, and the document security store.
 * Modification analysis asks it what a changed object is.
 */
final class DocumentStructure {

    enum Role {
        CATALOG, INFO, PAGE, PAGE_CONTENT, ANNOTATIONS, ACROFORM, FORM_RESOURCES, FIELDS, SIGNATURE_FIELD,
        FORM_FIELD, APPEARANCE, DSS
    }

    private static final int MAX_DEPTH = 32;
    private static final COSName DSS_KEY = COSName.getPDFName("DSS");

    private final Map<COSObjectKey, Role> roles = new HashMap<>();
    private final Map<COSObjectKey, Integer> pageIndex = new HashMap<>();
    private final Map<COSObjectKey, COSDictionary> formNodes = new HashMap<>();

    private DocumentStructure() {
    }

    static DocumentStructure of(PDDocument document) {
        DocumentStructure structure = new DocumentStructure();
        COSDictionary trailer = document.getDocument().getTrailer();
        structure.mark(trailer.getItem(COSName.INFO), Role.INFO);
        structure.mark(trailer.getItem(COSName.ROOT), Role.CATALOG);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        structure.walkPages(catalog.getItem(COSName.PAGES), 0);
        structure.walkDss(catalog.getItem(DSS_KEY), 0);
        COSBase acroForm = catalog.getItem(COSName.ACRO_FORM);
        structure.mark(acroForm, Role.ACROFORM);
        if (resolve(acroForm) instanceof COSDictionary form) {
            structure.mark(form.getItem(COSName.FIELDS), Role.FIELDS);
            structure.markFormResources(form.getItem(COSName.DR));
            structure.walkFields(form.getItem(COSName.FIELDS), false, 0);
        }
        return structure;
    }

    Role roleOf(COSObjectKey key) {
        return roles.get(key);
    }

    Map<COSObjectKey, Integer> pages() {
        return pageIndex;
    }

    /** Form fields and widgets, whose values and appearances change when a form is filled. */
    Map<COSObjectKey, COSDictionary> formNodes() {
        return formNodes;
    }

    static COSBase resolve(COSBase item) {
        return item instanceof COSObject object ? object.getObject() : item;
    }

    static COSObjectKey keyOf(COSBase item) {
        return item instanceof COSObject object ? object.getKey() : null;
    }

    static boolean isSignatureField(COSDictionary node) {
        COSDictionary current = node;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (COSName.SIG.equals(current.getCOSName(COSName.FT))) {
                return true;
            }
            current = current.getDictionaryObject(COSName.PARENT) instanceof COSDictionary parent ? parent : null;
        }
        return false;
    }

    private void mark(COSBase item, Role role) {
        COSObjectKey key = keyOf(item);
        if (key != null) {
            roles.putIfAbsent(key, role);
        }
    }

    private void walkPages(COSBase node, int depth) {
        if (depth > MAX_DEPTH || !(resolve(node) instanceof COSDictionary dictionary)) {
            return;
        }
        if (COSName.PAGE.equals(dictionary.getCOSName(COSName.TYPE))) {
            COSObjectKey key = keyOf(node);
            if (key != null) {
                pageIndex.put(key, pageIndex.size());
                roles.put(key, Role.PAGE);
            }
            mark(dictionary.getItem(COSName.ANNOTS), Role.ANNOTATIONS);
            walkContent(dictionary.getItem(COSName.CONTENTS), 0);
            walkContent(dictionary.getItem(COSName.RESOURCES), 0);
            return;
        }
        if (resolve(dictionary.getItem(COSName.KIDS)) instanceof COSArray kids) {
            for (COSBase kid : kids) {
                walkPages(kid, depth + 1);
            }
        }
    }

    /**
     * What a page paints: content streams and everything reachable from its resources. Marked first and never
     * overridden, so that an object a page shows cannot pass as a field appearance or DSS entry.
     */
    private void walkContent(COSBase item, int depth) {
        if (depth > 8) {
            return;
        }
        COSObjectKey key = keyOf(item);
        if (key != null) {
            if (roles.get(key) == Role.PAGE_CONTENT) {
                return;
            }
            roles.put(key, Role.PAGE_CONTENT);
        }
        COSBase value = resolve(item);
        if (value instanceof COSArray array) {
            array.forEach(element -> walkContent(element, depth + 1));
        } else if (value instanceof COSDictionary dictionary) {
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                if (!COSName.PARENT.equals(entry.getKey()) && !COSName.P.equals(entry.getKey())) {
                    walkContent(entry.getValue(), depth + 1);
                }
            }
        }
    }

    private void walkFields(COSBase fields, boolean signature, int depth) {
        if (depth > MAX_DEPTH || !(resolve(fields) instanceof COSArray array)) {
            return;
        }
        for (COSBase item : array) {
            if (resolve(item) instanceof COSDictionary node) {
                boolean isSignature = signature || COSName.SIG.equals(node.getCOSName(COSName.FT));
                COSObjectKey key = keyOf(item);
                if (key != null) {
                    roles.put(key, isSignature ? Role.SIGNATURE_FIELD : Role.FORM_FIELD);
                    formNodes.put(key, node);
                }
                markAppearances(node.getItem(COSName.AP));
                walkFields(node.getItem(COSName.KIDS), isSignature, depth + 1);
            }
        }
    }

    /**
     * The form's default resources (/DR) and their category dictionaries (/Font, ...), which form fillers extend;
     * the fonts themselves are not included, as pages may share them.
     */
    private void markFormResources(COSBase resources) {
        mark(resources, Role.FORM_RESOURCES);
        if (resolve(resources) instanceof COSDictionary dictionary) {
            dictionary.getValues().forEach(category -> mark(category, Role.FORM_RESOURCES));
        }
    }

    private void markAppearances(COSBase appearance) {
        mark(appearance, Role.APPEARANCE);
        if (resolve(appearance) instanceof COSDictionary dictionary) {
            for (COSName kind : List.of(COSName.N, COSName.R, COSName.D)) {
                COSBase entry = dictionary.getItem(kind);
                mark(entry, Role.APPEARANCE);
                if (resolve(entry) instanceof COSDictionary states && !(states instanceof COSStream)) {
                    states.getValues().forEach(state -> mark(state, Role.APPEARANCE));
                }
            }
        }
    }

    /** Everything reachable from /DSS (VRI dictionaries, certificate, CRL and OCSP streams and their arrays). */
    private void walkDss(COSBase item, int depth) {
        if (depth > 4) {
            return;
        }
        mark(item, Role.DSS);
        COSBase value = resolve(item);
        if (value instanceof COSArray array) {
            array.forEach(element -> walkDss(element, depth + 1));
        } else if (value instanceof COSDictionary dictionary) {
            dictionary.getValues().forEach(element -> walkDss(element, depth + 1));
        }
    }

    static Set<COSObjectKey> keys(COSBase array) {
        Set<COSObjectKey> keys = new HashSet<>();
        if (resolve(array) instanceof COSArray items) {
            for (COSBase item : items) {
                COSObjectKey key = keyOf(item);
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }
}
