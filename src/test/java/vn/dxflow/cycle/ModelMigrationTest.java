package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.DxflowSpringTest;

/**
 * An administrator deploys a changed UnitAssessment: instances already running keep working on their version,
 * and a running instance migrated with Camunda's migration API (what README describes) completes on the new one.
 */
@DxflowSpringTest
class ModelMigrationTest {

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    private ProcessDefinition deployRenamedSelfAssessment() throws IOException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/processes/UnitAssessment.bpmn")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = xml.replace("name=\"Tự đánh giá và nộp hồ sơ\"", "name=\"Tự đánh giá, ký số và nộp hồ sơ\"");
        assertThat(changed).isNotEqualTo(xml);
        String deploymentId = repository.createDeployment().name("UnitAssessment v2")
                .addString("UnitAssessment.bpmn", changed).deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
    }

    @Test
    void runningInstancesSurviveARedeploymentAndMigrateToIt() throws IOException {
        cycle.clockAt("2025-11-01T08:00");
        String stays = cycle.startAssessment("70-2025", "25195");
        String moves = cycle.startAssessment("70-2025", "25198");
        String oldDefinition = runtime.createProcessInstanceQuery().processInstanceId(moves).singleResult().getProcessDefinitionId();

        ProcessDefinition v2 = deployRenamedSelfAssessment();

        MigrationPlan plan = runtime.createMigrationPlan(oldDefinition, v2.getId()).mapEqualActivities().updateEventTriggers().build();
        runtime.newMigration(plan).processInstanceIds(moves).execute();

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(moves).singleResult().getProcessDefinitionId()).isEqualTo(v2.getId());
        // A task keeps the name it was created with; new instances start on the new version.
        String fresh = cycle.startAssessment("70-2025", "25450");
        assertThat(cycle.task(fresh, SELF_ASSESS).getName())
                .isEqualTo("Tự đánh giá, ký số và nộp hồ sơ · Xã Lộc Thiện (25450) · năm 2025");
        assertThat(cycle.task(fresh, SELF_ASSESS).getProcessDefinitionId()).isEqualTo(v2.getId());
        // The boundary timers moved along: the deadline is still the end of 30/11 in Vietnam.
        assertThat(management.createJobQuery().processInstanceId(moves).activityId(SELF_ASSESSMENT_DEADLINE).singleResult()
                .getProcessDefinitionId()).isEqualTo(v2.getId());

        for (String id : new String[] {stays, moves}) {
            String commune = id.equals(stays) ? "25195" : "25198";
            cycle.complete(id, SELF_ASSESS, "officer" + commune, Map.of("submissionConfirmed", true));
            cycle.appraise(id, "appraisal70", "binhphuoc-2024-commune", null);
            cycle.complete(id, RECOGNIZE, "chairman70", Map.of(RECOGNITION_DECISION, "RECOGNIZED", RECOGNIZED_LEVEL, 0L));
            assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_RECOGNIZED);
        }
        assertThat(cycle.finished(stays).getProcessDefinitionId()).isEqualTo(oldDefinition);
    }
}
