package vn.dxflow.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.TestUploads;

/**
 * A model editor is not a shell on the host: a deployment that would run anything but DXFlow's own steps and
 * expressions is refused, with the reason in Vietnamese, through Camunda's REST API, the Java API and the
 * administration page alike. Each case is a known way to run code from a BPMN file.
 */
@DxflowSpringTest
class DeploymentGuardTest {

    /** Ways to run code, each in the element {@code Task_Run} of a small process. */
    private static final Map<String, String> ATTACKS = Map.of(
            "script task", "<bpmn:scriptTask id=\"Task_Run\" scriptFormat=\"groovy\"><bpmn:script>'id'.execute()</bpmn:script></bpmn:scriptTask>",
            "method on a bean", "<bpmn:serviceTask id=\"Task_Run\" camunda:expression=\"${identityService.deleteUser('admin')}\"/>",
            "Java class", "<bpmn:serviceTask id=\"Task_Run\" camunda:class=\"org.example.Shell\"/>",
            "other bean as delegate", "<bpmn:serviceTask id=\"Task_Run\" camunda:delegateExpression=\"${processEngine}\"/>",
            "property of execution", "<bpmn:userTask id=\"Task_Run\" camunda:candidateGroups=\"${execution.processEngineServices}\"/>",
            "script listener", "<bpmn:serviceTask id=\"Task_Run\" camunda:delegateExpression=\"${recordReminder}\"><bpmn:extensionElements>"
                    + "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"javascript\">1</camunda:script>"
                    + "</camunda:executionListener></bpmn:extensionElements></bpmn:serviceTask>",
            "listener class", "<bpmn:userTask id=\"Task_Run\" camunda:candidateGroups=\"officer02947\"><bpmn:extensionElements>"
                    + "<camunda:taskListener event=\"create\" class=\"org.example.Shell\"/></bpmn:extensionElements></bpmn:userTask>",
            "function", "<bpmn:userTask id=\"Task_Run\" camunda:candidateGroups=\"${fn:run()}\"/>",
            "connector", "<bpmn:serviceTask id=\"Task_Run\"><bpmn:extensionElements><camunda:connector>"
                    + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>"
                    + "</bpmn:serviceTask>");

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RepositoryService repository;

    @Test
    void everyWayToRunCodeIsRefusedOnCamundasRestApi() {
        long before = repository.createDeploymentQuery().count();
        ATTACKS.forEach((name, element) -> {
            ResponseEntity<JsonNode> refused = deploy("GuardTest.bpmn", model(element));
            assertThat(refused.getStatusCode().value()).as(name).isEqualTo(400);
            assertThat(refused.getBody().get("message").asText()).as(name)
                    .startsWith("Không triển khai: GuardTest.bpmn (Task_Run): ");
        });
        ResponseEntity<JsonNode> script = deploy("GuardTest.bpmn", model(ATTACKS.get("script task")));
        assertThat(script.getBody().get("message").asText()).contains("Không cho phép công việc dạng mã lệnh (Script task)");
        ResponseEntity<JsonNode> condition = deploy("GuardTest.bpmn", model("<bpmn:userTask id=\"Task_Run\" "
                + "camunda:candidateGroups=\"officer02947\"/><bpmn:sequenceFlow id=\"Flow_Script\" sourceRef=\"Task_Run\" "
                + "targetRef=\"End\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">"
                + "true</bpmn:conditionExpression></bpmn:sequenceFlow>"));
        assertThat(condition.getBody().get("message").asText()).contains("ngôn ngữ mã lệnh 'javascript'");
        ResponseEntity<JsonNode> decision = deploy("Rules.dmn", "<definitions/>".getBytes(StandardCharsets.UTF_8));
        assertThat(decision.getStatusCode().value()).isEqualTo(400);
        assertThat(decision.getBody().get("message").asText())
                .isEqualTo("Không triển khai: Rules.dmn: chỉ triển khai được mô hình BPMN, biểu mẫu HTML và hình ảnh sơ đồ.");
        assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(before);

        ResponseEntity<JsonNode> allowed = deploy("GuardTest.bpmn", model("<bpmn:serviceTask id=\"Task_Run\" "
                + "camunda:delegateExpression=\"${recordReminder}\"><bpmn:extensionElements><camunda:inputOutput>"
                + "<camunda:inputParameter name=\"stage\">REPORT</camunda:inputParameter></camunda:inputOutput>"
                + "</bpmn:extensionElements></bpmn:serviceTask><bpmn:boundaryEvent id=\"Timer\" attachedToRef=\"Task_Run\">"
                + "<bpmn:timerEventDefinition><bpmn:timeDate>${deadlines.due(campaignId, 'REPORT')}</bpmn:timeDate>"
                + "</bpmn:timerEventDefinition></bpmn:boundaryEvent>"));
        assertThat(allowed.getStatusCode().value()).as(String.valueOf(allowed.getBody())).isEqualTo(200);
    }

    @Test
    void theJavaApiIsGuardedToo() {
        assertThatThrownBy(() -> repository.createDeployment().addString("GuardTest.bpmn",
                new String(model(ATTACKS.get("method on a bean")), StandardCharsets.UTF_8)).deploy())
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("gọi phương thức identityService.deleteUser(…)");
    }

    @Test
    void theAdministrationPageNamesEachProblem() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_XML);
        ResponseEntity<JsonNode> refused = rest.withBasicAuth("admin", "demo").postForEntity("/api/admin/models/validate",
                new HttpEntity<>(model(ATTACKS.get("Java class")), headers), JsonNode.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("problems")).anySatisfy(problem -> {
            assertThat(problem.get("elementId").asText()).isEqualTo("Task_Run");
            assertThat(problem.get("message").asText()).startsWith("Không cho phép gọi lớp Java 'org.example.Shell'");
        });
    }

    private ResponseEntity<JsonNode> deploy(String fileName, byte[] content) {
        return rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
                TestUploads.multipart("data", fileName, content, Map.of("deployment-name", "guard-test")), JsonNode.class);
    }

    private static byte[] model(String element) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" xmlns:fn=\"http://example.org/fn\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"Definitions_Guard\" "
                + "targetNamespace=\"http://dxflow.vn/test\"><bpmn:process id=\"GuardTest\" isExecutable=\"true\" "
                + "camunda:historyTimeToLive=\"P1D\"><bpmn:startEvent id=\"Start\"/>"
                + "<bpmn:sequenceFlow id=\"Flow_In\" sourceRef=\"Start\" targetRef=\"Task_Run\"/>" + element
                + "<bpmn:endEvent id=\"End\"/></bpmn:process></bpmn:definitions>").getBytes(StandardCharsets.UTF_8);
    }
}
