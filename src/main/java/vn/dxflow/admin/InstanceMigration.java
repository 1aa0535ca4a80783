package vn.dxflow.admin;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxflow.security.UnitAccess;

/**
 * Moves running instances of one version to another with Camunda's migration API (equal activities mapped,
 * boundary timers recomputed). The preview really migrates each instance in a transaction that is rolled back:
 * Camunda validates instances only while migrating them, so this is the one way to know beforehand which
 * instances can move and, for the others, Camunda's reasons.
 */
@Component
class InstanceMigration {

    private static final Logger log = LoggerFactory.getLogger(InstanceMigration.class);

    /** One running instance: whether it can move, and why not. */
    record Candidate(String instanceId, String businessKey, Object unitCode, boolean movable, List<String> reasons) {
    }

    record Preview(String sourceDefinitionId, int sourceVersion, String targetDefinitionId, int targetVersion,
            List<String> planProblems, List<Candidate> instances) {
    }

    record Result(int migrated, List<Candidate> notMigrated) {
    }

    private final RuntimeService runtime;
    private final ModelDeployments deployments;
    private final TransactionTemplate transactions;

    InstanceMigration(RuntimeService runtime, ModelDeployments deployments, TransactionTemplate transactions) {
        this.runtime = runtime;
        this.deployments = deployments;
        this.transactions = transactions;
    }

    Preview preview(String key, int fromVersion, int toVersion) {
        ProcessDefinition source = deployments.definition(key, fromVersion);
        ProcessDefinition target = deployments.definition(key, toVersion);
        List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                .orderByProcessInstanceId().asc().list();
        MigrationPlan plan;
        try {
            plan = plan(source, target);
        } catch (MigrationPlanValidationException e) {
            List<String> reasons = MigrationMessages.of(e.getValidationReport());
            return new Preview(source.getId(), fromVersion, target.getId(), toVersion, reasons,
                    running.stream().map(instance -> candidate(instance, reasons)).toList());
        }
        return new Preview(source.getId(), fromVersion, target.getId(), toVersion, List.of(),
                running.stream().map(instance -> candidate(instance, dryRun(plan, instance.getId()))).toList());
    }

    /** Migrates the movable instances (all, or those listed) and leaves the others on their version. */
    Result migrate(String key, int fromVersion, int toVersion, Set<String> only, String userId) {
        Preview preview = preview(key, fromVersion, toVersion);
        List<Candidate> chosen = preview.instances().stream()
                .filter(c -> only == null || only.isEmpty() || only.contains(c.instanceId())).toList();
        List<String> movable = chosen.stream().filter(Candidate::movable).map(Candidate::instanceId).toList();
        if (!movable.isEmpty()) {
            MigrationPlan plan = plan(deployments.definition(key, fromVersion), deployments.definition(key, toVersion));
            runtime.newMigration(plan).processInstanceIds(movable).execute();
        }
        log.info("{} migrated {} instance(s) of {} from version {} to {}: {}", userId, movable.size(), key,
                fromVersion, toVersion, movable);
        return new Result(movable.size(), chosen.stream().filter(c -> !c.movable()).toList());
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
        return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers()
                .build();
    }

    private List<String> dryRun(MigrationPlan plan, String instanceId) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            try {
                runtime.newMigration(plan).processInstanceIds(instanceId).execute();
                return List.of();
            } catch (MigratingProcessInstanceValidationException e) {
                return MigrationMessages.of(e.getValidationReport());
            }
        });
    }

    private Candidate candidate(ProcessInstance instance, List<String> reasons) {
        Object unit = runtime.getVariable(instance.getId(), UnitAccess.UNIT_CODE_VARIABLE);
        return new Candidate(instance.getId(), instance.getBusinessKey(), unit, reasons.isEmpty(), reasons);
    }
}
