package vn.dxflow.signature;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The role of each indirect object of one revision, found by walking the document from its trailer: the pages, their
 * annotations, the form (fields, appearances, default resources), the document security store, the XMP metadata and
 * the tagged-PDF structure tree. Modification analysis asks it what a changed object is. What the pages paint
 * ({@link #content}) outranks every other role, so that no reference can pass a page's content off as metadata,
 * structure or a field appearance; it is walked once per document, and only when a changed object needs a role.
 */
final class DocumentStructure {

    enum Role {
        CATALOG, INFO, PAGE, PAGE_CONTENT, ANNOTATIONS, ANNOTATION, ACROFORM, FORM_RESOURCES, FIELDS,
        SIGNATURE_FIELD, FORM_FIELD, APPEARANCE, DSS, METADATA, STRUCTURE
    }

    private static final int MAX_DEPTH = 32;
    private static final int MAX_STRUCTURE_NODES = 200_000;
    static final COSName DSS_KEY = COSName.getPDFName("DSS");
    /** Structure elements point back to pages, content streams and annotations, which have roles of their own. */
    private static final Set<COSName> STRUCTURE_BACK_REFERENCES = Set.of(COSName.P, COSName.PG, COSName.getPDFName("Stm"),
            COSName.getPDFName("StmOwn"), COSName.OBJ);

    private final Map<COSObjectKey, Role> roles = new HashMap<>();
    private final Map<COSObjectKey, Integer> pageIndex = new HashMap<>();
    private final Map<COSObjectKey, COSDictionary> formNodes = new HashMap<>();
    private final Supplier<Set<COSObjectKey>> content;

    private DocumentStructure(Supplier<Set<COSObjectKey>> content) {
        this.content = content;
    }

    /**
     * @param content the objects the pages paint ({@link #content(PDDocument)}), asked for only when a role is: the
     *                current revision's, as page content cannot change without that change being refused itself
     */
    static DocumentStructure of(PDDocument document, Supplier<Set<COSObjectKey>> content) {
        DocumentStructure structure = new DocumentStructure(content);
        COSDictionary trailer = document.getDocument().getTrailer();
        structure.mark(trailer.getItem(COSName.INFO), Role.INFO);
        structure.mark(trailer.getItem(COSName.ROOT), Role.CATALOG);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        structure.walkPages(catalog.getItem(COSName.PAGES), 0);
        COSBase acroForm = catalog.getItem(COSName.ACRO_FORM);
        structure.mark(acroForm, Role.ACROFORM);
        if (resolve(acroForm) instanceof COSDictionary form) {
            structure.mark(form.getItem(COSName.FIELDS), Role.FIELDS);
            structure.walkFields(form.getItem(COSName.FIELDS), false, 0);
            structure.walk(form.getItem(COSName.DR), Role.FORM_RESOURCES, 4);
        }
        structure.walk(catalog.getItem(DSS_KEY), Role.DSS, 4);
        structure.mark(catalog.getItem(COSName.METADATA), Role.METADATA);
        structure.walkStructure(catalog.getItem(COSName.STRUCT_TREE_ROOT));
        structure.walk(catalog.getItem(COSName.MARK_INFO), Role.STRUCTURE, 1);
        return structure;
    }

    Role roleOf(COSObjectKey key) {
        return content.get().contains(key) ? Role.PAGE_CONTENT : roles.get(key);
    }

    /** Every object a page paints: content streams and everything reachable from the pages' resources. */
    static Set<COSObjectKey> content(PDDocument document) {
        Set<COSObjectKey> painted = new HashSet<>();
        document.getPages().forEach(page -> {
            walkContent(page.getCOSObject().getItem(COSName.CONTENTS), painted, 0);
            walkContent(inheritedResources(page.getCOSObject()), painted, 0);
        });
        return painted;
    }

    /** ISO 32000-1 7.7.3.4: a page without /Resources inherits those of the nearest page tree node that has them. */
    private static COSBase inheritedResources(COSDictionary page) {
        COSDictionary node = page;
        for (int depth = 0; node != null && depth < MAX_DEPTH; depth++) {
            COSBase resources = node.getItem(COSName.RESOURCES);
            if (resources != null) {
                return resources;
            }
            node = node.getCOSDictionary(COSName.PARENT);
        }
        return null;
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
            mark(dictionary.getItem(COSName.METADATA), Role.METADATA);
            walkAnnotations(dictionary.getItem(COSName.ANNOTS));
            return;
        }
        if (resolve(dictionary.getItem(COSName.KIDS)) instanceof COSArray kids) {
            for (COSBase kid : kids) {
                walkPages(kid, depth + 1);
            }
        }
    }

    private static void walkContent(COSBase item, Set<COSObjectKey> painted, int depth) {
        if (depth > 8) {
            return;
        }
        COSObjectKey key = keyOf(item);
        if (key != null && !painted.add(key)) {
            return;
        }
        COSBase value = resolve(item);
        if (value instanceof COSArray array) {
            array.forEach(element -> walkContent(element, painted, depth + 1));
        } else if (value instanceof COSDictionary dictionary) {
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                if (!COSName.PARENT.equals(entry.getKey()) && !COSName.P.equals(entry.getKey())) {
                    walkContent(entry.getValue(), painted, depth + 1);
                }
            }
        }
    }

    /**
     * Annotations other than widgets (widgets belong to the form) and what their appearances paint: nothing a
     * structure tree or DSS lists later can make them changeable.
     */
    private void walkAnnotations(COSBase annotations) {
        if (!(resolve(annotations) instanceof COSArray array)) {
            return;
        }
        for (COSBase item : array) {
            if (resolve(item) instanceof COSDictionary annotation
                    && !COSName.WIDGET.equals(annotation.getCOSName(COSName.SUBTYPE))) {
                mark(item, Role.ANNOTATION);
                walk(annotation.getItem(COSName.AP), Role.ANNOTATION, 6);
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
                    roles.putIfAbsent(key, isSignature ? Role.SIGNATURE_FIELD : Role.FORM_FIELD);
                    formNodes.put(key, node);
                }
                markAppearances(node.getItem(COSName.AP));
                walkFields(node.getItem(COSName.KIDS), isSignature, depth + 1);
            }
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

    /**
     * Everything reachable within a few levels, for subtrees that are one thing: the DSS (VRI, certificates, CRLs,
     * OCSP responses), the form's default resources (fonts a form filler extends), an annotation's appearance.
     */
    private void walk(COSBase item, Role role, int depth) {
        if (depth < 0) {
            return;
        }
        COSObjectKey key = keyOf(item);
        if (key != null && roles.containsKey(key)) {
            return;
        }
        mark(item, role);
        COSBase value = resolve(item);
        if (value instanceof COSArray array) {
            array.forEach(element -> walk(element, role, depth - 1));
        } else if (value instanceof COSDictionary dictionary) {
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                if (!COSName.PARENT.equals(entry.getKey()) && !COSName.P.equals(entry.getKey())) {
                    walk(entry.getValue(), role, depth - 1);
                }
            }
        }
    }

    /**
     * The tagged-PDF structure tree (ISO 32000-1 14.7): structure elements, the parent tree and role and class maps.
     * Accessibility tools rewrite it without touching what is shown. Walked without recursion (trees are deep) and
     * without following the references back to pages, content streams and annotations.
     */
    private void walkStructure(COSBase root) {
        if (root == null) {
            return;
        }
        Deque<COSBase> pending = new ArrayDeque<>();
        Set<COSObjectKey> seen = new HashSet<>();
        pending.push(root);
        int visited = 0;
        while (!pending.isEmpty() && visited++ < MAX_STRUCTURE_NODES) {
            COSBase item = pending.pop();
            COSObjectKey key = keyOf(item);
            if (key != null && (!seen.add(key) || roles.containsKey(key))) {
                continue;
            }
            mark(item, Role.STRUCTURE);
            COSBase value = resolve(item);
            if (value instanceof COSArray array) {
                array.forEach(element -> pushIfPresent(pending, element));
            } else if (value instanceof COSDictionary dictionary && !(value instanceof COSStream)) {
                dictionary.entrySet().stream().filter(entry -> !STRUCTURE_BACK_REFERENCES.contains(entry.getKey()))
                        .forEach(entry -> pushIfPresent(pending, entry.getValue()));
            }
        }
    }

    private static void pushIfPresent(Deque<COSBase> pending, COSBase item) {
        if (item != null) {
            pending.push(item);
        }
    }
}
