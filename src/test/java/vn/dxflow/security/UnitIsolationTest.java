package vn.dxflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.dxflow.DxflowSpringTest;

/**
 * Two communes of the same district each have a task; each officer sees and works on only their own, in the
 * engine API, in Camunda's REST API and in DXFlow's API. Supervisors above see both; outsiders see nothing.
 */
@DxflowSpringTest
class UnitIsolationTest {

    private static final String COMMUNE_A = "02947";
    private static final String COMMUNE_B = "02992";

    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private IdentityService identity;
    @Autowired
    private TestRestTemplate rest;

    private static String instanceA;
    private static String instanceB;

    /** Once per class, but inside a test: the coverage recorder only accepts engine events during a test. */
    @BeforeEach
    void deployOnce() {
        if (instanceA != null) {
            return;
        }
        repository.createDeployment().addClasspathResource("isolation/IsolationTest.bpmn").deploy();
        instanceA = runtime.startProcessInstanceByKey("IsolationTest", Map.of(UnitAccess.UNIT_CODE_VARIABLE, COMMUNE_A)).getId();
        instanceB = runtime.startProcessInstanceByKey("IsolationTest", Map.of(UnitAccess.UNIT_CODE_VARIABLE, COMMUNE_B)).getId();
    }

    @AfterEach
    void clearAuthentication() {
        identity.clearAuthentication();
    }

    private List<Task> tasksSeenBy(String userId) {
        identity.setAuthentication(userId, List.of(userId));
        return tasks.createTaskQuery().processDefinitionKey("IsolationTest").list();
    }

    @Test
    void engineApiShowsEachOfficerOnlyTheirOwnTask() {
        assertThat(tasksSeenBy("officer" + COMMUNE_A)).extracting(Task::getProcessInstanceId).containsExactly(instanceA);
        assertThat(tasksSeenBy("officer" + COMMUNE_B)).extracting(Task::getProcessInstanceId).containsExactly(instanceB);
        assertThat(tasksSeenBy("officer25195")).isEmpty();
    }

    @Test
    void engineApiShowsEachOfficerOnlyTheirOwnInstance() {
        identity.setAuthentication("officer" + COMMUNE_A, List.of("officer" + COMMUNE_A));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("IsolationTest").list())
                .extracting(p -> p.getId()).containsExactly(instanceA);
    }

    @Test
    void restApiShowsEachOfficerOnlyTheirOwnTaskAndInstance() {
        assertThat(restIds("officer" + COMMUNE_A, "/engine-rest/task?processDefinitionKey=IsolationTest", "processInstanceId"))
                .containsExactly(instanceA);
        assertThat(restIds("officer" + COMMUNE_B, "/engine-rest/task?processDefinitionKey=IsolationTest", "processInstanceId"))
                .containsExactly(instanceB);
        assertThat(restIds("officer" + COMMUNE_A, "/engine-rest/process-instance?processDefinitionKey=IsolationTest", "id"))
                .containsExactly(instanceA);
        assertThat(restIds("officer25195", "/engine-rest/process-instance?processDefinitionKey=IsolationTest", "id"))
                .isEmpty();
    }

    @Test
    void districtAndProvinceSupervisorsSeeBothCommunesInstances() {
        assertThat(restIds("receiving087", "/engine-rest/process-instance?processDefinitionKey=IsolationTest", "id"))
                .containsExactlyInAnyOrder(instanceA, instanceB);
        assertThat(restIds("appraisal10", "/engine-rest/process-instance?processDefinitionKey=IsolationTest", "id"))
                .containsExactlyInAnyOrder(instanceA, instanceB);
        assertThat(restIds("chairman70", "/engine-rest/process-instance?processDefinitionKey=IsolationTest", "id"))
                .isEmpty();
    }

    @Test
    void officerCannotCompleteAnotherCommunesTaskThroughRest() {
        String taskOfB = tasks.createTaskQuery().processInstanceId(instanceB).singleResult().getId();

        ResponseEntity<String> response = rest.withBasicAuth("officer" + COMMUNE_A, "demo").exchange(
                "/engine-rest/task/" + taskOfB + "/complete", HttpMethod.POST, jsonBody("{}"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().processInstanceId(instanceB).count()).isEqualTo(1);
    }

    @Test
    void unauthenticatedCallsAreRefused() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // Another user: Camunda delays the next login of a user after a wrong password (brute-force protection).
        assertThat(rest.withBasicAuth("officer02950", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> api = rest.getForEntity("/api/me", JsonNode.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.getBody().get("message").asText()).isEqualTo("Bạn cần đăng nhập để sử dụng chức năng này.");
    }

    @Test
    void dxflowApiChecksUnitMembership() {
        TestRestTemplate officerA = rest.withBasicAuth("officer" + COMMUNE_A, "demo");

        assertThat(officerA.getForEntity("/api/units/" + COMMUNE_A, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> other = officerA.getForEntity("/api/units/" + COMMUNE_B, JsonNode.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody().get("message").asText()).isEqualTo("Bạn không có quyền truy cập dữ liệu của đơn vị này.");
        JsonNode visible = officerA.getForObject("/api/units", JsonNode.class);
        assertThat(visible).extracting(unit -> unit.get("code").asText()).containsExactly(COMMUNE_A);
        JsonNode visibleToDistrict = rest.withBasicAuth("receiving087", "demo").getForObject("/api/units", JsonNode.class);
        assertThat(visibleToDistrict).hasSize(18);
    }

    @Test
    void cockpitAndAdminAreForAdministratorsOnly() {
        for (String app : List.of("cockpit", "admin")) {
            assertThat(webappLogin("officer" + COMMUNE_A, app)).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(webappLogin("chairman10", app)).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(webappLogin("admin", app)).isEqualTo(HttpStatus.OK);
        }
        assertThat(webappLogin("officer" + COMMUNE_A, "tasklist")).isEqualTo(HttpStatus.OK);
    }

    private List<String> restIds(String userId, String url, String field) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth(userId, "demo").getForEntity(url, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return java.util.stream.StreamSupport.stream(response.getBody().spliterator(), false)
                .map(node -> node.get(field).asText()).toList();
    }

    private static HttpEntity<String> jsonBody(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json, headers);
    }

    /** Logs in the way the webapps do: fetch the CSRF cookie, then post the form with the token. */
    private HttpStatus webappLogin(String userId, String app) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        String cookieHeader = String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList());
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .split(";", 2)[0].substring("XSRF-TOKEN=".length());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookieHeader);
        headers.add("X-XSRF-TOKEN", token);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", userId);
        form.add("password", "demo");
        return HttpStatus.valueOf(rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class).getStatusCode().value());
    }
}
