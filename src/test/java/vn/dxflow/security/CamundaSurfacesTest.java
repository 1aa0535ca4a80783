package vn.dxflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.TestUploads;

/**
 * Camunda surfaces officials do not need: notes (comments, attachments) of tasks and instances are written only by
 * whoever works on the task, within its own assessment, and read only by whoever may see it; numbers that count
 * across every unit (statistics, metrics, history reports, Cockpit's queries) are for administrators only.
 */
@DxflowSpringTest
class CamundaSurfacesTest {

    private static final String STATISTICS_REFUSED = "Số liệu thống kê toàn hệ thống chỉ dành cho quản trị viên.";

    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private TestRestTemplate rest;

    private String instanceA;
    private String taskA;
    private String taskB;

    @BeforeEach
    void twoCommunesWithATaskEach() {
        repository.createDeployment().addClasspathResource("isolation/IsolationTest.bpmn").deploy();
        instanceA = runtime.startProcessInstanceByKey("IsolationTest", Map.of(UnitAccess.UNIT_CODE_VARIABLE, "02980")).getId();
        String instanceB = runtime.startProcessInstanceByKey("IsolationTest",
                Map.of(UnitAccess.UNIT_CODE_VARIABLE, "02959")).getId();
        taskA = tasks.createTaskQuery().processInstanceId(instanceA).singleResult().getId();
        taskB = tasks.createTaskQuery().processInstanceId(instanceB).singleResult().getId();
    }

    @Test
    void onlyWhoWorksOnTheTaskAddsNotesToIt() {
        // Supervisors see the instance and are refused (403); another commune's officer does not even find the task
        // (Camunda's 400 "no task").
        for (String reader : List.of("appraisal087", "receiving087", "chairman10", "officer02959")) {
            assertThat(post(reader, "/engine-rest/task/" + taskA + "/comment/create", "{\"message\":\"Ghi chú lạ\"}")
                    .getStatusCode().value()).as(reader).isIn(400, 403);
            assertThat(attach(reader, taskA).getStatusCode().value()).as(reader).isIn(400, 403);
        }
        assertThat(post("appraisal087", "/engine-rest/task/" + taskA + "/comment/create", "{\"message\":\"x\"}")
                .getBody().get("message").asText()).isEqualTo("Chỉ người đang thực hiện công việc này mới được thêm, "
                        + "sửa hoặc xóa ghi chú và tệp đính kèm của nó.");
        assertThat(tasks.getTaskComments(taskA)).isEmpty();
        assertThat(tasks.getTaskAttachments(taskA)).isEmpty();

        ResponseEntity<JsonNode> own = post("officer02980", "/engine-rest/task/" + taskA + "/comment/create",
                "{\"message\":\"Đã bổ sung ảnh\"}");
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(attach("officer02980", taskA).getStatusCode().value()).isEqualTo(200);
        assertThat(get("officer02980", "/engine-rest/task/" + taskA + "/comment").getBody())
                .extracting(comment -> comment.get("message").asText()).containsExactly("Đã bổ sung ảnh");
        assertThat(get("officer02959", "/engine-rest/task/" + taskA + "/comment").getStatusCode().value()).isIn(403, 404);
        assertThat(get("officer02959", "/engine-rest/task/" + taskA + "/attachment").getStatusCode().value()).isIn(403, 404);
    }

    /** A comment names its task and, apart, an instance: an officer's own task cannot carry one into another commune. */
    @Test
    void aCommentOnOnesOwnTaskCannotLandInAnotherCommunesInstance() {
        ResponseEntity<JsonNode> smuggled = post("officer02959", "/engine-rest/task/" + taskB + "/comment/create",
                "{\"message\":\"Ghi chú lạ\",\"processInstanceId\":\"" + instanceA + "\"}");

        assertThat(smuggled.getStatusCode().value()).isEqualTo(403);
        assertThat(smuggled.getBody().get("message").asText()).isEqualTo("Chỉ người đang thực hiện công việc này mới được "
                + "thêm, sửa hoặc xóa ghi chú và tệp đính kèm của nó.");
        assertThat(tasks.getProcessInstanceComments(instanceA)).isEmpty();
    }

    @Test
    void numbersAcrossAllUnitsAreForAdministratorsOnly() {
        for (String path : List.of("/engine-rest/process-definition/statistics", "/engine-rest/metrics",
                "/engine-rest/metrics/activity-instance-start/sum", "/engine-rest/process-definition/key/IsolationTest/statistics",
                "/engine-rest/history/task/report?reportType=count&groupBy=processDefinition")) {
            ResponseEntity<JsonNode> refused = get("officer02980", path);
            assertThat(refused.getStatusCode().value()).as(path).isEqualTo(403);
            assertThat(refused.getBody().get("message").asText()).isEqualTo(STATISTICS_REFUSED);
            assertThat(get("chairman10", path).getStatusCode().value()).as(path).isEqualTo(403);
        }
        assertThat(get("admin", "/engine-rest/process-definition/statistics").getStatusCode().value()).isEqualTo(200);
        assertThat(get("admin", "/engine-rest/metrics/activity-instance-start/sum").getStatusCode().value()).isEqualTo(200);

        // The webapps' copy of the engine API and Cockpit's own queries, with a Tasklist session.
        String session = WebappSession.login(rest, "officer02980", "demo");
        for (String path : List.of("/camunda/api/engine/engine/default/process-definition/statistics",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics")) {
            ResponseEntity<JsonNode> refused = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(WebappSession.headers(session)),
                    JsonNode.class);
            assertThat(refused.getStatusCode().value()).as(path).isEqualTo(403);
            assertThat(refused.getBody().get("message").asText()).isEqualTo(STATISTICS_REFUSED);
        }
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> attach(String user, String taskId) {
        return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/attachment/create",
                TestUploads.multipart("content", "tep.txt", "bất kỳ".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        Map.of("attachment-name", "tep.txt", "attachment-type", "text/plain")), JsonNode.class);
    }
}
