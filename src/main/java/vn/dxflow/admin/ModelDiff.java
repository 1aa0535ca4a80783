package vn.dxflow.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The elements that differ between two versions of a model: added, removed, or changed (any attribute, text or
 * nested setting such as a form field or a timer). The diagram layout is ignored: moving a shape is no change.
 * Attributes are compared sorted, so a modeler that writes them in another order shows no change either.
 */
final class ModelDiff {

    enum Kind { ADDED, REMOVED, CHANGED }

    record Change(Kind kind, String elementId, String type, String name) {
    }

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** Elements whose children are flow elements of their own, compared one by one. */
    private static final Set<String> CONTAINERS = Set.of("process", "subProcess", "transaction", "adHocSubProcess");

    private ModelDiff() {
    }

    static List<Change> between(String oldXml, String newXml) {
        Map<String, Element> before = elements(oldXml);
        Map<String, Element> after = elements(newXml);
        List<Change> changes = new ArrayList<>();
        before.forEach((id, element) -> {
            Element now = after.get(id);
            if (now == null) {
                changes.add(change(Kind.REMOVED, id, element));
            } else if (!canonical(element).equals(canonical(now))) {
                changes.add(change(Kind.CHANGED, id, now));
            }
        });
        after.forEach((id, element) -> {
            if (!before.containsKey(id)) {
                changes.add(change(Kind.ADDED, id, element));
            }
        });
        return changes;
    }

    private static Change change(Kind kind, String id, Element element) {
        String name = element.getAttribute("name");
        return new Change(kind, id, element.getLocalName(), name.isEmpty() ? null : name);
    }

    private static Map<String, Element> elements(String xml) {
        Map<String, Element> byId = new LinkedHashMap<>();
        Element root = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        for (Element child : children(root)) {
            if (BPMN.equals(child.getNamespaceURI()) && child.getLocalName().equals("process")) {
                collect(child, byId);
            }
        }
        return byId;
    }

    private static void collect(Element element, Map<String, Element> byId) {
        byId.put(element.getAttribute("id"), element);
        if (isContainer(element)) {
            for (Element child : children(element)) {
                if (child.hasAttribute("id") && BPMN.equals(child.getNamespaceURI())) {
                    collect(child, byId);
                }
            }
        }
    }

    /** Name, sorted attributes, text and children; the flow elements inside a container are left to themselves. */
    private static String canonical(Element element) {
        StringBuilder out = new StringBuilder("<").append(element.getNamespaceURI()).append(':')
                .append(element.getLocalName());
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attribute = (Attr) map.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                attributes.put(attribute.getNamespaceURI() + ":" + attribute.getLocalName(), attribute.getValue());
            }
        }
        out.append(attributes).append('>');
        boolean container = isContainer(element);
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                if (!(container && child.hasAttribute("id") && BPMN.equals(child.getNamespaceURI()))) {
                    out.append(canonical(child));
                }
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(node.getNodeValue().strip());
            }
        }
        return out.append("</>").toString();
    }

    private static boolean isContainer(Element element) {
        return BPMN.equals(element.getNamespaceURI()) && CONTAINERS.contains(element.getLocalName());
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
