package vn.dxflow.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.APPRAISE;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.END_NOT_RECOGNIZED;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.RECOGNIZE;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.SELF_ASSESS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.CycleDriver;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * An administrator changes UnitAssessment through the page's API: the new version is listed with who deployed
 * it and what changed, running instances are previewed and migrated, a migrated instance completes on the new
 * version, and one click rolls the model back.
 */
@DxflowSpringTest
class ModelDeploymentApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = AdminApi.bundled(UnitAssessmentProcess.KEY);
    private static final String RENAMED = MODEL.replace("name=\"Tự đánh giá và nộp hồ sơ\"",
            "name=\"Tự đánh giá, ký số và nộp hồ sơ\"");

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private org.camunda.bpm.engine.ManagementService management;
    @Autowired
    private HistoryService history;
    @Autowired
    private CycleDriver cycle;

    private AdminApi admin;

    @BeforeEach
    void setUp() {
        admin = new AdminApi(rest, "admin");
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2025-11-01T08:00").atZone(CampaignConfig.ZONE).toInstant()));
    }

    /** Other test classes share the engine: they must find the shipped model as the newest version again. */
    @AfterEach
    void restoreBundledModel() {
        ClockUtil.reset();
        repository.createDeployment().name("restore").addString("UnitAssessment.bpmn", MODEL).deploy();
    }

    private JsonNode json(ResponseEntity<String> response, HttpStatus expected) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
        return JSON.readTree(response.getBody());
    }

    private int latestVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(UnitAssessmentProcess.KEY)
                .latestVersion().singleResult().getVersion();
    }

    private String start(String unitCode) {
        return runtime.startProcessInstanceByKey(UnitAssessmentProcess.KEY,
                Map.of("campaignId", "70-2025", "unitCode", unitCode)).getId();
    }

    private void complete(String instanceId, String activityId, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(activityId);
        tasks.complete(task.getId(), variables);
        vn.dxflow.AsyncSteps.run(management, instanceId);
    }


    @Test
    void aChangedModelIsDeployedListedComparedAndARunningInstanceMigratesAndCompletes() throws Exception {
        String running = start("25453");
        int before = latestVersion();

        JsonNode deployed = json(admin.post("/api/admin/models/deploy?note=đổi tên bước tự đánh giá", RENAMED),
                HttpStatus.CREATED);
        int after = deployed.get("version").asInt();
        assertThat(after).isEqualTo(before + 1);
        assertThat(deployed.get("deployedBy").asText()).isEqualTo("admin");

        JsonNode versions = json(admin.get("/api/admin/models/UnitAssessment/versions"), HttpStatus.OK);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(after);
        assertThat(versions.get(0).get("deploymentName").asText()).isEqualTo("UnitAssessment – đổi tên bước tự đánh giá");
        assertThat(versions.get(1).get("runningInstances").asLong()).isPositive();

        JsonNode diff = json(admin.get("/api/admin/models/UnitAssessment/diff?from=" + before + "&to=" + after), HttpStatus.OK);
        assertThat(diff).hasSize(1);
        assertThat(diff.get(0).get("kind").asText()).isEqualTo("CHANGED");
        assertThat(diff.get(0).get("elementId").asText()).isEqualTo(SELF_ASSESS);
        assertThat(diff.get(0).get("name").asText()).isEqualTo("Tự đánh giá, ký số và nộp hồ sơ");

        long migrationsBefore = migrationsByAdmin();
        JsonNode preview = json(admin.get("/api/admin/models/UnitAssessment/migration?from=" + before + "&to=" + after),
                HttpStatus.OK);
        JsonNode candidate = find(preview.get("instances"), running);
        assertThat(candidate.get("movable").asBoolean()).isTrue();
        assertThat(candidate.get("unitCode").asText()).isEqualTo("25453");
        // The preview moved nothing.
        assertThat(definitionVersion(running)).isEqualTo(before);

        JsonNode result = json(admin.postJson("/api/admin/models/UnitAssessment/migration",
                "{\"fromVersion\":" + before + ",\"toVersion\":" + after + ",\"instanceIds\":[\"" + running + "\"]}"),
                HttpStatus.OK);
        assertThat(result.get("migrated").asInt()).isEqualTo(1);
        assertThat(definitionVersion(running)).isEqualTo(after);
        assertThat(migrationsByAdmin()).as("recorded in history, the preview's dry runs not").isEqualTo(migrationsBefore + 1);

        complete(running, SELF_ASSESS, Map.of("submissionConfirmed", true));
        cycle.appraiseTheRestAsNotMet(running, "appraisal70");
        complete(running, APPRAISE, Map.of("appraisalDecision", "COMPLETE"));
        // Nothing was appraised as met (a pass/fail catalog), so the only possible decision is not to recognize.
        complete(running, RECOGNIZE, Map.of("recognitionDecision", "NOT_RECOGNIZED"));
        var finished = history.createHistoricProcessInstanceQuery().processInstanceId(running).singleResult();
        assertThat(finished.getEndActivityId()).isEqualTo(END_NOT_RECOGNIZED);
        assertThat(finished.getProcessDefinitionVersion()).isEqualTo(after);
    }

    @Test
    void thePreviewSaysWhichInstancesCannotMoveAndWhy() throws Exception {
        String waiting = start("25780");
        int before = latestVersion();
        // The self-assessment becomes a receive task: same id, another kind of activity.
        int open = RENAMED.indexOf("<bpmn:userTask id=\"UserTask_SelfAssess\"");
        int close = RENAMED.indexOf("</bpmn:userTask>", open);
        String body = RENAMED.substring(open, close);
        String retyped = RENAMED.substring(0, open)
                + "<bpmn:receiveTask id=\"UserTask_SelfAssess\" name=\"Chờ hồ sơ\">"
                + body.substring(body.indexOf("<bpmn:incoming>")) + "</bpmn:receiveTask>"
                + RENAMED.substring(close + "</bpmn:userTask>".length());
        int after = json(admin.post("/api/admin/models/deploy", retyped), HttpStatus.CREATED).get("version").asInt();

        JsonNode preview = json(admin.get("/api/admin/models/UnitAssessment/migration?from=" + before + "&to=" + after),
                HttpStatus.OK);
        JsonNode candidate = find(preview.get("instances"), waiting);
        assertThat(candidate.get("movable").asBoolean()).isFalse();
        assertThat(candidate.get("reasons").get(0).asText()).startsWith(SELF_ASSESS
                + ": hoạt động đang chạy không có chỗ tương ứng trong phiên bản mới")
                .contains("Camunda: There is no migration instruction for this instance's activity");

        JsonNode result = json(admin.postJson("/api/admin/models/UnitAssessment/migration",
                "{\"fromVersion\":" + before + ",\"toVersion\":" + after + ",\"instanceIds\":[\"" + waiting + "\"]}"),
                HttpStatus.OK);
        assertThat(result.get("migrated").asInt()).isZero();
        assertThat(definitionVersion(waiting)).isEqualTo(before);
    }

    @Test
    void oneClickRollsBackToThePreviousVersion() throws Exception {
        int original = json(admin.post("/api/admin/models/deploy", MODEL), HttpStatus.CREATED).get("version").asInt();
        int renamed = json(admin.post("/api/admin/models/deploy", RENAMED), HttpStatus.CREATED).get("version").asInt();

        JsonNode rolledBack = json(admin.post("/api/admin/models/UnitAssessment/rollback", ""), HttpStatus.CREATED);
        int newest = rolledBack.get("version").asInt();
        assertThat(newest).isEqualTo(renamed + 1);
        assertThat(rolledBack.get("deploymentName").asText()).contains("khôi phục phiên bản " + original);
        assertThat(json(admin.get("/api/admin/models/UnitAssessment/diff?from=" + original + "&to=" + newest),
                HttpStatus.OK)).isEmpty();
        assertThat(admin.get("/api/admin/models/UnitAssessment/versions/" + newest + "/xml").getBody())
                .contains("name=\"Tự đánh giá và nộp hồ sơ\"");
    }

    /** Camunda's user operation log: one operation (several entries, one per property) per migration. */
    private long migrationsByAdmin() {
        return history.createUserOperationLogQuery().operationType(UserOperationLogEntry.OPERATION_TYPE_MIGRATE)
                .userId("admin").list().stream().map(UserOperationLogEntry::getOperationId).distinct().count();
    }

    private int definitionVersion(String instanceId) {
        String definitionId = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getProcessDefinitionId();
        return repository.getProcessDefinition(definitionId).getVersion();
    }

    private static JsonNode find(JsonNode instances, String instanceId) {
        for (JsonNode instance : instances) {
            if (instance.get("instanceId").asText().equals(instanceId)) {
                return instance;
            }
        }
        throw new AssertionError("instance " + instanceId + " not in the preview: " + instances);
    }
}
