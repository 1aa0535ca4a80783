package vn.dxflow.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;

/**
 * What the deploy API refuses, and that each refusal tells the administrator in Vietnamese what to fix. A
 * refused model never reaches Camunda: the number of deployments does not change.
 */
@DxflowSpringTest
class ModelValidationApiTest {

    private static final String MODEL = AdminApi.bundled("UnitAssessment");

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RepositoryService repository;

    private AdminApi admin;
    private long deploymentsBefore;

    @BeforeEach
    void setUp() {
        admin = new AdminApi(rest, "admin");
        deploymentsBefore = repository.createDeploymentQuery().count();
    }

    private String refusedDeployment(String xml) {
        ResponseEntity<String> response = admin.post("/api/admin/models/deploy", xml);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deploymentsBefore);
        return response.getBody();
    }

    @Test
    void theBundledModelsPassValidation() {
        assertThat(admin.post("/api/admin/models/validate", MODEL).getBody()).contains("\"processKey\":\"UnitAssessment\"");
        assertThat(admin.post("/api/admin/models/validate", AdminApi.bundled("ProvinceCampaign")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void malformedXmlIsRefusedWithItsPosition() {
        String body = refusedDeployment(MODEL.replace("</bpmn:process>", "</bpmn:proces>"));
        assertThat(body).contains("Tệp không phải XML hợp lệ (dòng").contains("Camunda Modeler");
    }

    @Test
    void anExternalEntityIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MAT-KHAU-BI-MAT");
        String xxe = MODEL.replaceFirst("<bpmn:definitions", "<!DOCTYPE bpmn:definitions [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<bpmn:definitions")
                .replace("name=\"Thẩm định hồ sơ\"", "name=\"&xxe;\"");
        String body = refusedDeployment(xxe);
        assertThat(body).contains("khai báo DOCTYPE").contains("XXE").doesNotContain("MAT-KHAU-BI-MAT");
        assertThat(admin.post("/api/admin/models/validate", xxe).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void aMissingElementThatTheCodeReliesOnIsNamed() {
        String body = refusedDeployment(MODEL.replace("\"UserTask_Appraise\"", "\"UserTask_Review\""));
        assertThat(body).contains("Thiếu phần tử có mã (ID) 'UserTask_Appraise'")
                .contains("UnitAssessmentProcess.Elements.APPRAISE");
    }

    @Test
    void aUserTaskWithoutCandidateGroupsIsRefused() {
        String body = refusedDeployment(MODEL.replace(" camunda:candidateGroups=\"${appraisalGroup}\"", ""));
        assertThat(body).contains("Công việc 'Thẩm định hồ sơ' (UserTask_Appraise) chưa có nhóm thực hiện")
                .contains("\"elementId\":\"UserTask_Appraise\"");
    }

    @Test
    void aUserTaskWithoutFormIsRefused() {
        String model = MODEL.replace(" camunda:formKey=\"embedded:deployment:forms/verify.html\"", "");
        int start = model.indexOf("<bpmn:userTask id=\"UserTask_Verify\"");
        int from = model.indexOf("<bpmn:extensionElements>", start);
        int to = model.indexOf("</bpmn:extensionElements>", start) + "</bpmn:extensionElements>".length();
        String body = refusedDeployment(model.substring(0, from) + model.substring(to));
        assertThat(body).contains("(UserTask_Verify) chưa có biểu mẫu");
    }

    @Test
    void timersMustResolveAgainstTheCampaignCalendars() {
        String unknownStage = MODEL.replaceFirst("deadlines.due\\(campaignId, &#x27;APPRAISAL&#x27;\\)",
                "deadlines.due(campaignId, &#x27;APPRAISEMENT&#x27;)");
        assertThat(refusedDeployment(unknownStage)).contains("giai đoạn 'APPRAISEMENT' không có trong lịch");

        String noOffset = MODEL.replaceFirst("\\$\\{deadlines.due\\(campaignId, &#x27;APPRAISAL&#x27;\\)}",
                "2025-12-15T23:59:59");
        assertThat(refusedDeployment(noOffset)).contains("thiếu múi giờ, hãy ghi 2025-12-15T23:59:59+07:00");

        String fourthReminder = MODEL.replaceFirst("&#x27;SELF_ASSESSMENT&#x27;, 3\\)", "&#x27;SELF_ASSESSMENT&#x27;, 4)");
        assertThat(refusedDeployment(fourthReminder)).contains("lần nhắc '4' phải là số từ 1 đến 3");
    }

    @Test
    void onlyAdministratorsMayUseTheApiOrThePage() throws Exception {
        AdminApi officer = new AdminApi(rest, "officer02992");
        assertThat(officer.post("/api/admin/models/validate", MODEL).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officer.get("/api/admin/models/UnitAssessment/versions").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/admin/models", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // Without a Camunda webapp session the page sends the visitor to the Tasklist login.
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(rest.getRootUri() + "/admin/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(HttpStatus.FOUND.value());
        assertThat(URI.create(page.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo(AdminPageFilter.LOGIN);
    }

    @Test
    void aLoggedInOfficerIsRefusedThePage() throws Exception {
        HttpClient officer = loggedIn("officer02992");
        HttpResponse<String> page = officer.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/admin/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(HttpStatus.FORBIDDEN.value());
        assertThat(page.body()).contains("chỉ dành cho quản trị viên");

        HttpResponse<String> adminPage = loggedIn("admin").send(HttpRequest.newBuilder(
                URI.create(rest.getRootUri() + "/admin/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(adminPage.statusCode()).isEqualTo(HttpStatus.OK.value());
        assertThat(adminPage.body()).contains("DXFlow – Quản trị hệ thống");
    }

    /** A browser-like client logged in to the Camunda webapps (session cookie, CSRF token from its cookie). */
    private HttpClient loggedIn(String user) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        client.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                        URI.create(rest.getRootUri() + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(HttpStatus.OK.value());
        return client;
    }
}
