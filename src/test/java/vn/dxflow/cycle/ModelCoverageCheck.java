package vn.dxflow.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Adds up the coverage reports that the process tests leave in target/process-test-coverage (one per test
 * class) and fails the build when a flow node of a model was never reached. Run by Maven in the verify phase.
 */
final class ModelCoverageCheck {

    private ModelCoverageCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args.length > 0 ? args[0] : "target/process-test-coverage");
        // The product's models: processes/<process id>.bpmn (test-only models are not held to this).
        Set<String> productModels = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".bpmn"))
                    .forEach(name -> productModels.add(name.substring(0, name.length() - ".bpmn".length())));
        }
        Map<String, String> models = new TreeMap<>();
        Map<String, Set<String>> covered = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
                JsonNode report = json.readTree(file.toFile());
                report.path("models").forEach(m -> {
                    if (productModels.contains(m.get("key").asText())) {
                        models.put(m.get("key").asText(), m.get("xml").asText());
                    }
                });
                report.path("suites").forEach(suite -> suite.path("runs").forEach(run -> run.path("events").forEach(event ->
                        covered.computeIfAbsent(event.get("modelKey").asText(), k -> new HashSet<>())
                                .add(event.get("definitionKey").asText()))));
            }
        }
        boolean complete = true;
        for (var model : models.entrySet()) {
            BpmnModelInstance bpmn = Bpmn.readModelFromStream(
                    new ByteArrayInputStream(model.getValue().getBytes(StandardCharsets.UTF_8)));
            Set<String> reached = covered.getOrDefault(model.getKey(), Set.of());
            List<String> nodes = bpmn.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();
            List<String> flows = bpmn.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList();
            List<String> missedNodes = nodes.stream().filter(id -> !reached.contains(id)).sorted().toList();
            long reachedFlows = flows.stream().filter(reached::contains).count();
            System.out.printf("Model coverage %s: flow nodes %d/%d, sequence flows %d/%d%n", model.getKey(),
                    nodes.size() - missedNodes.size(), nodes.size(), reachedFlows, flows.size());
            if (!missedNodes.isEmpty()) {
                System.out.println("  never reached: " + missedNodes);
                complete = false;
            }
        }
        if (!models.keySet().equals(productModels) || !complete) {
            throw new IllegalStateException("Process test coverage incomplete (see above); models tested: "
                    + models.keySet() + ", models in processes/: " + productModels);
        }
    }
}
