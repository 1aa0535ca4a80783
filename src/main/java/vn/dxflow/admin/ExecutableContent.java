package vn.dxflow.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * What a model may make the engine run: DXFlow's own delegate beans (by {@code camunda:delegateExpression}), and
 * expressions that read variables, compare and combine them, or call one of a few methods of DXFlow's calendar and
 * authorities beans. No script (task, listener, input/output), no Java class, no connector, no other bean and no
 * other method or property: Camunda exposes every Spring bean to expressions, so a model editor would otherwise be a
 * shell on the host. Checked on the administration page and, for every deployment, by {@link DeploymentGuard}.
 */
@Component
class ExecutableContent {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** The only methods an expression may call, per bean. */
    static final Map<String, Set<String>> CALLABLE = Map.of(
            "deadlines", Set.of("due", "reminder"),
            "authorities", Set.of("opinionMembers", "assessedUnits", "unitBatches"));

    private static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS);

    private final ApplicationContext context;

    ExecutableContent(ApplicationContext context) {
        this.context = context;
    }

    /** Every problem of the model, each with the id of the element it is in. */
    List<Problem> problems(Document model) {
        Beans beans = beans();
        List<Problem> problems = new ArrayList<>();
        NodeList elements = model.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            element(element, problems);
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                attribute(element, (Attr) attributes.item(a), beans, problems);
            }
            String text = ownText(element);
            if (isExpression(text)) {
                expression(element, text, beans, problems);
            }
        }
        return problems;
    }

    private static void element(Element element, List<Problem> problems) {
        String name = element.getLocalName();
        String language = element.getAttribute("language");
        if (!language.isEmpty() && !language.equalsIgnoreCase("juel")) {
            problems.add(new Problem(id(element), "Không cho phép biểu thức bằng ngôn ngữ mã lệnh '" + language
                    + "': chỉ dùng biểu thức ${…}."));
        }
        if (BPMN.equals(element.getNamespaceURI()) && name.equals("scriptTask")) {
            problems.add(new Problem(id(element), "Không cho phép công việc dạng mã lệnh (Script task): DXFlow chỉ chạy "
                    + "các bước có sẵn của mình (Service task với Delegate expression)."));
        } else if (CAMUNDA.equals(element.getNamespaceURI()) && (name.equals("script") || name.equals("connector"))) {
            problems.add(new Problem(id(element), "Không cho phép " + (name.equals("script") ? "đoạn mã lệnh (script)"
                    : "connector gọi dịch vụ ngoài") + " trong mô hình: chỉ dùng các bước có sẵn của DXFlow."));
        }
    }

    /**
     * Camunda's attributes: {@code camunda:class} on a BPMN element, or {@code class} on a Camunda element such as
     * {@code camunda:executionListener}; every other attribute holding an expression is checked as one.
     */
    private void attribute(Element element, Attr attribute, Beans beans, List<Problem> problems) {
        boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI())
                || (attribute.getNamespaceURI() == null && CAMUNDA.equals(element.getNamespaceURI()));
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if (!camunda) {
            if (isExpression(attribute.getValue())) {
                expression(element, attribute.getValue(), beans, problems);
            }
            return;
        }
        switch (name) {
            case "class" -> problems.add(new Problem(id(element), "Không cho phép gọi lớp Java '" + attribute.getValue()
                    + "': hãy dùng Delegate expression với một bước của DXFlow ("
                    + String.join(", ", beans.delegates().stream().sorted().toList()) + ")."));
            case "delegateExpression" -> delegate(element, attribute.getValue(), beans, problems);
            default -> {
                if (isExpression(attribute.getValue())) {
                    expression(element, attribute.getValue(), beans, problems);
                }
            }
        }
    }

    private static void delegate(Element element, String value, Beans beans, List<Problem> problems) {
        String name = value.strip().matches("[$#]\\{\\s*\\w+\\s*}") ? value.strip().replaceAll("[$#{}\\s]", "") : null;
        if (name == null || !beans.delegates().contains(name)) {
            problems.add(new Problem(id(element), "Delegate expression '" + value + "' không phải một bước của DXFlow; "
                    + "chỉ được chọn một trong: " + String.join(", ", beans.delegates().stream().sorted().toList()) + "."));
        }
    }

    private static void expression(Element element, String expression, Beans beans, List<Problem> problems) {
        Node root;
        try {
            root = JUEL.build(expression).getRoot();
        } catch (TreeBuilderException e) {
            problems.add(new Problem(id(element), "Biểu thức '" + expression + "' không đúng cú pháp."));
            return;
        }
        String refused = refusal(root, beans);
        if (refused != null) {
            problems.add(new Problem(id(element), "Biểu thức '" + expression + "' không được phép: " + refused
                    + " Chỉ được đọc biến, so sánh, kết hợp và gọi " + callable() + "."));
        }
    }

    /** Why the expression tree is refused, or null when it only reads, compares and calls what is allowed. */
    private static String refusal(Node node, Beans beans) {
        if (node instanceof AstMethod method) {
            if (!(method.getChild(0) instanceof AstDot dot) || !(dot.getChild(0) instanceof AstIdentifier bean)
                    || !CALLABLE.getOrDefault(bean.getName(), Set.of()).contains(dot.toString().substring(2))) {
                return "gọi phương thức " + method.getChild(0).getChild(0) + property(method.getChild(0)) + "(…).";
            }
            return refusal(method.getChild(1), beans);
        }
        if (node instanceof AstDot || node instanceof AstBracket) {
            return "đọc thuộc tính " + node.getChild(0) + property(node) + ".";
        }
        if (node instanceof AstFunction function) {
            return "gọi hàm " + function.getName() + "(…).";
        }
        if (node instanceof AstIdentifier identifier && beans.all().contains(identifier.getName())
                && !CALLABLE.containsKey(identifier.getName())) {
            return "'" + identifier.getName() + "' là một thành phần của hệ thống, không phải một biến.";
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            String refused = refusal(node.getChild(i), beans);
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    private static String property(Node node) {
        return node instanceof AstDot ? "." + node.toString().substring(2) : node instanceof AstBracket ? "[…]" : "";
    }

    private static String callable() {
        return CALLABLE.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(bean -> bean.getValue().stream().sorted().map(method -> bean.getKey() + "." + method + "(…)"))
                .collect(Collectors.joining(", "));
    }

    /** Spring beans by name: DXFlow's delegates and listeners, and every bean (none may be named in an expression). */
    private record Beans(Set<String> delegates, Set<String> all) {
    }

    private Beans beans() {
        Set<String> delegates = Arrays.stream(new Class<?>[] {JavaDelegate.class, ExecutionListener.class, TaskListener.class})
                .flatMap(type -> Arrays.stream(context.getBeanNamesForType(type, false, false)))
                .filter(name -> context.getType(name) != null
                        && context.getType(name).getPackageName().startsWith("vn.dxflow"))
                .collect(Collectors.toSet());
        return new Beans(delegates, Set.of(context.getBeanDefinitionNames()));
    }

    private static boolean isExpression(String value) {
        return value != null && (value.contains("${") || value.contains("#{"));
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /** The id of the element or of its nearest ancestor that has one, for the problem's location. */
    private static String id(Element element) {
        for (org.w3c.dom.Node node = element; node instanceof Element e; node = e.getParentNode()) {
            if (!e.getAttribute("id").isEmpty()) {
                return e.getAttribute("id");
            }
        }
        return null;
    }
}
