package vn.dxflow.admin;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.dxflow.security.CommandChecks;

/**
 * Every deployment, whatever its way in (the administration page, {@code /engine-rest/deployment/create}, the Java
 * API, the process application at start-up), is checked by {@link ExecutableContent} before the engine parses it:
 * BPMN models only run DXFlow's delegates and allowed expressions, and only models, HTML forms and diagram images
 * are deployed (a DMN or CMMN file, or a script, carries expressions of its own). A refusal is a
 * {@link BadUserRequestException}, which Camunda's REST API answers with 400 and the Vietnamese reasons.
 */
@Component
class DeploymentGuard extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(DeploymentGuard.class);
    private static final List<String> MODELS = List.of(".bpmn", ".bpmn20.xml");
    private static final List<String> OTHER_ALLOWED = List.of(".html", ".htm", ".form", ".png", ".svg");
    private static final Field BUILDER = builderField();

    private final ExecutableContent content;

    /** Lazy: the policy reads the application's beans, which are not all there when the engine is configured. */
    DeploymentGuard(@Lazy ExecutableContent content) {
        this.content = content;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandChecks.beforeContext(configuration, command -> {
            if (command instanceof DeployCmd deploy) {
                check(deploy);
            }
        });
    }

    private void check(DeployCmd command) {
        DeploymentBuilderImpl builder;
        try {
            builder = (DeploymentBuilderImpl) BUILDER.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        List<String> refusals = new ArrayList<>();
        for (ResourceEntity resource : builder.getDeployment().getResources() == null ? List.<ResourceEntity>of()
                : builder.getDeployment().getResources().values()) {
            String name = resource.getName().toLowerCase(Locale.ROOT);
            if (MODELS.stream().anyMatch(name::endsWith)) {
                try {
                    content.problems(SafeXml.parse(resource.getBytes())).forEach(problem -> refusals.add(
                            resource.getName() + (problem.elementId() == null ? "" : " (" + problem.elementId() + ")")
                                    + ": " + problem.message()));
                } catch (RefusedException e) {
                    e.problems().forEach(problem -> refusals.add(resource.getName() + ": " + problem.message()));
                }
            } else if (OTHER_ALLOWED.stream().noneMatch(name::endsWith)) {
                refusals.add(resource.getName() + ": chỉ triển khai được mô hình BPMN, biểu mẫu HTML và hình ảnh sơ đồ.");
            }
        }
        if (!refusals.isEmpty()) {
            log.warn("Deployment '{}' refused: {}", builder.getDeployment().getName(), refusals);
            throw new BadUserRequestException("Không triển khai: " + String.join(" ", refusals));
        }
    }

    private static Field builderField() {
        try {
            Field field = DeployCmd.class.getDeclaredField("deploymentBuilder");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's DeployCmd has no 'deploymentBuilder': DeploymentGuard must be "
                    + "adapted to this Camunda version", e);
        }
    }
}
