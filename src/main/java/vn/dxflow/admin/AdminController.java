package vn.dxflow.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dxflow.security.SessionUser;
import vn.dxflow.security.UnitAccess;

/**
 * {@code /api/admin/models}: validate and deploy models (the body is the BPMN XML, from the editor or a
 * Camunda Modeler file), list versions, compare them, roll back, preview and run migrations. Administrators only.
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    record ProcessSummary(String key, String name, int latestVersion) {
    }

    record Validation(String processKey, String processName) {
    }

    record MigrationRequest(int fromVersion, int toVersion, Set<String> instanceIds) {
    }

    private final UnitAccess access;
    private final ModelValidator validator;
    private final ModelDeployments deployments;
    private final InstanceMigration migration;
    private final RepositoryService repository;

    AdminController(UnitAccess access, ModelValidator validator, ModelDeployments deployments,
            InstanceMigration migration, RepositoryService repository) {
        this.access = access;
        this.validator = validator;
        this.deployments = deployments;
        this.migration = migration;
        this.repository = repository;
    }

    /** Who is working, and the CSRF token the page must send on changes (same-origin reads only). */
    @GetMapping("/session")
    Map<String, String> session(HttpServletRequest request) {
        access.requireAdmin();
        return Map.of("userId", access.currentUser().userId(), "csrfToken", SessionUser.csrfToken(request).orElse(""));
    }

    @GetMapping("/models")
    List<ProcessSummary> processes() {
        access.requireAdmin();
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()
                .stream().map(d -> new ProcessSummary(d.getKey(), d.getName(), d.getVersion())).toList();
    }

    @PostMapping("/models/validate")
    Validation validate(@RequestBody String xml) {
        access.requireAdmin();
        ModelValidator.ValidModel model = validator.validate(xml.getBytes(StandardCharsets.UTF_8));
        return new Validation(model.processKey(), model.processName());
    }

    @PostMapping("/models/deploy")
    @ResponseStatus(HttpStatus.CREATED)
    ModelVersion deploy(@RequestBody String xml, @RequestParam(defaultValue = "sửa trên trang quản trị") String note) {
        access.requireAdmin();
        return deployments.deploy(xml.getBytes(StandardCharsets.UTF_8), note, access.currentUser().userId());
    }

    @GetMapping("/models/{key}/versions")
    List<ModelVersion> versions(@PathVariable String key) {
        access.requireAdmin();
        return deployments.versions(key);
    }

    @GetMapping(value = "/models/{key}/versions/{version}/xml", produces = MediaType.TEXT_XML_VALUE)
    String xml(@PathVariable String key, @PathVariable int version) {
        access.requireAdmin();
        return deployments.xml(key, version);
    }

    @GetMapping("/models/{key}/diff")
    List<ModelDiff.Change> diff(@PathVariable String key, @RequestParam int from, @RequestParam int to) {
        access.requireAdmin();
        return deployments.diff(key, from, to);
    }

    /** One click: the version before the newest (or the one given) becomes the newest again. */
    @PostMapping("/models/{key}/rollback")
    @ResponseStatus(HttpStatus.CREATED)
    ModelVersion rollback(@PathVariable String key, @RequestParam(required = false) Integer toVersion) {
        access.requireAdmin();
        int target = toVersion != null ? toVersion : deployments.latest(key).getVersion() - 1;
        return deployments.rollback(key, target, access.currentUser().userId());
    }

    @GetMapping("/models/{key}/migration")
    InstanceMigration.Preview migrationPreview(@PathVariable String key, @RequestParam int from, @RequestParam int to) {
        access.requireAdmin();
        return migration.preview(key, from, to);
    }

    @PostMapping("/models/{key}/migration")
    InstanceMigration.Result migrate(@PathVariable String key, @RequestBody MigrationRequest request) {
        access.requireAdmin();
        return migration.migrate(key, request.fromVersion(), request.toVersion(), request.instanceIds(),
                access.currentUser().userId());
    }
}
