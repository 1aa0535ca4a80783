package vn.dxflow.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deploys validated models as new versions, lists the versions with who deployed them, compares and rolls
 * back. Who deployed a version is read from Camunda's user operation log (it records the authenticated user
 * of every deployment, also those made in Cockpit or through the REST API), so DXFlow keeps no table of its own.
 */
@Component
class ModelDeployments {

    private static final Logger log = LoggerFactory.getLogger(ModelDeployments.class);
    static final String SOURCE = "DXFlow quản trị";

    private final ModelValidator validator;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    ModelDeployments(ModelValidator validator, RepositoryService repository, RuntimeService runtime,
            HistoryService history) {
        this.validator = validator;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    ModelVersion deploy(byte[] xml, String description, String userId) {
        ModelValidator.ValidModel model = validator.validate(xml);
        String key = model.processKey();
        DeploymentBuilder builder = repository.createDeployment().name(key + " – " + description).source(SOURCE)
                .addInputStream(key + ".bpmn", new ByteArrayInputStream(xml));
        addFormsOfLatest(key, builder);
        Deployment deployment;
        try {
            deployment = builder.deploy();
        } catch (ParseException e) {
            throw new RefusedException(e.getResorceReports().stream()
                    .flatMap(report -> report.getErrors().stream())
                    .map(error -> new Problem(error.getMainElementId(), "Camunda không nhận mô hình: "
                            + error.getMessage()))
                    .toList());
        }
        ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
                .processDefinitionKey(key).singleResult();
        log.info("Model {} version {} deployed by {} ({})", key, definition.getVersion(), userId, description);
        return version(definition);
    }

    /** Deploys the XML of an earlier version again, as the newest version. */
    ModelVersion rollback(String key, int toVersion, String userId) {
        ProcessDefinition target = definition(key, toVersion);
        return deploy(xml(target).getBytes(StandardCharsets.UTF_8), "khôi phục phiên bản " + toVersion, userId);
    }

    List<ModelVersion> versions(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().desc().list().stream().map(this::version).toList();
    }

    List<ModelDiff.Change> diff(String key, int fromVersion, int toVersion) {
        return ModelDiff.between(xml(definition(key, fromVersion)), xml(definition(key, toVersion)));
    }

    String xml(String key, int version) {
        return xml(definition(key, version));
    }

    ProcessDefinition definition(String key, int version) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new RefusedException(List.of(Problem.ofModel("Quy trình " + key + " không có phiên bản "
                    + version + ".")));
        }
        return definition;
    }

    ProcessDefinition latest(String key) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new RefusedException(List.of(Problem.ofModel("Chưa có quy trình " + key + ".")));
        }
        return latest;
    }

    private String xml(ProcessDefinition definition) {
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Embedded forms ({@code embedded:deployment:forms/….html}) are looked up in the model's own deployment,
     * so the forms of the version being replaced travel along with the edited model.
     */
    private void addFormsOfLatest(String key, DeploymentBuilder builder) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (latest == null) {
            return;
        }
        for (Resource resource : repository.getDeploymentResources(latest.getDeploymentId())) {
            if (resource.getName().endsWith(".html")) {
                builder.addInputStream(resource.getName(),
                        repository.getResourceAsStreamById(latest.getDeploymentId(), resource.getId()));
            }
        }
    }

    private ModelVersion version(ProcessDefinition definition) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId())
                .singleResult();
        UserOperationLogEntry entry = history.createUserOperationLogQuery().deploymentId(deployment.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list().stream().findFirst().orElse(null);
        String by = entry != null && entry.getUserId() != null ? entry.getUserId() : "hệ thống (khởi động ứng dụng)";
        return new ModelVersion(definition.getKey(), definition.getVersion(), definition.getId(), deployment.getId(),
                deployment.getName(), deployment.getDeploymentTime(), by,
                runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count());
    }
}
