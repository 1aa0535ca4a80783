package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.catalog.CriterionValue;

/**
 * Nobody can steer an assessment by sending more than their form asks for: not their authorities, not the
 * campaign (and so the deadlines), not an undeclared decision; and the decisions themselves keep to the rules.
 */
@DxflowSpringTest
class DecisionIntegrityTest {

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private IdentityService identity;
    @Autowired
    private AssessmentValues values;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    private String selfAssessing(String campaign, String unit) {
        cycle.clockAt("2025-11-01T08:00");
        return cycle.startAssessment(campaign, unit);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    @Test
    void anOfficialCannotMakeTheirOwnUnitTheAppraiserOrMoveTheirCampaign() {
        String id = selfAssessing("70-2025", "25453");

        assertThatThrownBy(() -> cycle.complete(id, SELF_ASSESS, "officer25453",
                Map.of("submissionConfirmed", true, APPRAISAL_GROUP, "officer25453")))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Biểu mẫu của công việc này không có trường 'appraisalGroup'.");
        assertThatThrownBy(() -> cycle.complete(id, SELF_ASSESS, "officer25453",
                Map.of("submissionConfirmed", true, CAMPAIGN_ID, "70-2026")))
                .isInstanceOf(BadUserRequestException.class);

        cycle.complete(id, SELF_ASSESS, "officer25453", Map.of("submissionConfirmed", true));
        assertThat(cycle.task(id, APPRAISE)).isNotNull();
        assertThat(cycle.variable(id, APPRAISAL_GROUP)).isEqualTo("appraisal70");
    }

    @Test
    void theRestApiRefusesExtraVariablesAndDirectVariableChanges() {
        String id = selfAssessing("70-2025", "25780");
        String taskId = cycle.task(id, SELF_ASSESS).getId();
        TestRestTemplate officer = rest.withBasicAuth("officer25780", "demo");

        ResponseEntity<JsonNode> complete = officer.postForEntity("/engine-rest/task/" + taskId + "/complete",
                json("{\"variables\":{\"recognitionGroup\":{\"value\":\"officer25780\"}}}"), JsonNode.class);
        // The official's mistake, with the reason alone (Camunda would answer 500 "Cannot complete task …: <reason>").
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complete.getBody().get("message").asText()).isEqualTo("Biểu mẫu của công việc này không có trường 'recognitionGroup'.");

        ResponseEntity<JsonNode> unconfirmed = officer.postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                json("{\"variables\":{\"submissionConfirmed\":{\"value\":false}}}"), JsonNode.class);
        assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unconfirmed.getBody().get("message").asText())
                .isEqualTo("Vui lòng đánh dấu xác nhận nộp hồ sơ: sau khi nộp, tài liệu minh chứng sẽ được khóa.");

        // Not a refusal of DXFlow's rules: Camunda's own answer stays.
        ResponseEntity<JsonNode> unknown = officer.postForEntity("/engine-rest/task/no-such-task/complete",
                json("{}"), JsonNode.class);
        assertThat(unknown.getStatusCode()).isNotEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("message").asText()).startsWith("Cannot complete task no-such-task");
        cycle.task(id, SELF_ASSESS);

        ResponseEntity<String> put = officer.exchange("/engine-rest/task/" + taskId + "/variables/recognitionGroup",
                HttpMethod.PUT, json("{\"value\":\"officer25780\"}"), String.class);
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> submitted = officer.postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                json("{\"variables\":{\"submissionConfirmed\":{\"value\":true}}}"), String.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(cycle.variable(id, RECOGNITION_GROUP)).isEqualTo("chairman70");
    }

    @Test
    void anEscalationOrErrorCannotSmuggleVariablesIn() {
        String id = selfAssessing("70-2025", "25450");
        String taskId = cycle.task(id, SELF_ASSESS).getId();
        TestRestTemplate officer = rest.withBasicAuth("officer25450", "demo");

        for (String call : new String[] {"bpmnEscalation", "bpmnError"}) {
            ResponseEntity<JsonNode> response = officer.postForEntity("/engine-rest/task/" + taskId + "/" + call,
                    json("{\"escalationCode\":\"x\",\"errorCode\":\"x\",\"variables\":{\"appraisalGroup\":{\"value\":\"officer25450\"}}}"),
                    JsonNode.class);
            assertThat(response.getStatusCode().isError()).as(call).isTrue();
        }
        cycle.task(id, SELF_ASSESS);
        assertThat(cycle.variable(id, APPRAISAL_GROUP)).isEqualTo("appraisal70");
    }

    @Test
    void thePlainCompletionIsValidatedLikeTheForm() {
        cycle.clockAt("2025-01-05T08:00");
        String id = cycle.startAssessment("10-2025", "02980");

        assertThatThrownBy(() -> cycle.complete(id, REGISTER, "officer02980", Map.of(TARGET_LEVEL, 9L)))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Trường 'targetLevel' phải từ 1 đến 5.");
        assertThatThrownBy(() -> cycle.complete(id, REGISTER, "officer02980", Map.of()))
                .isInstanceOf(BadUserRequestException.class).hasMessage(RequiredChoiceCheck.LEVEL_MISSING);
        cycle.complete(id, REGISTER, "officer02980", Map.of(TARGET_LEVEL, 2L));
        cycle.clockAt("2025-11-20T08:00");
        assertThatThrownBy(() -> cycle.complete(id, SELF_ASSESS, "officer02980", Map.of("submissionConfirmed", false)))
                .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("Vui lòng đánh dấu xác nhận nộp hồ sơ");
        cycle.task(id, SELF_ASSESS);
    }

    @Test
    void aDecisionOutsideItsDeclaredValuesIsRefused() {
        String id = selfAssessing("70-2025", "25195");
        cycle.complete(id, SELF_ASSESS, "officer25195", Map.of("submissionConfirmed", true));

        assertThatThrownBy(() -> cycle.complete(id, APPRAISE, "appraisal70", Map.of(APPRAISAL_DECISION, "MAYBE")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Giá trị đã chọn không hợp lệ cho trường 'appraisalDecision'.");
        cycle.task(id, APPRAISE);
    }

    @Test
    void aLateDossierDecisionNeedsAValueAndAReasonWithoutItsForm() {
        String id = selfAssessing("70-2025", "25195");
        cycle.clockAt("2025-12-02T09:00");
        cycle.complete(id, SELF_ASSESS, "officer25195", Map.of("submissionConfirmed", true));

        assertThatThrownBy(() -> cycle.complete(id, DECIDE_LATE_DOSSIER, "receiving70",
                Map.of(LATE_DOSSIER_DECISION, "MAYBE", LATE_DOSSIER_REASON, "x")))
                .isInstanceOf(BadUserRequestException.class).hasMessage(LateDecisionCheck.DECISION_MISSING);
        assertThatThrownBy(() -> cycle.complete(id, DECIDE_LATE_DOSSIER, "receiving70",
                Map.of(LATE_DOSSIER_DECISION, "REFUSE", LATE_DOSSIER_REASON, " ")))
                .isInstanceOf(BadUserRequestException.class).hasMessage(LateDecisionCheck.REASON_MISSING);
        cycle.complete(id, DECIDE_LATE_DOSSIER, "receiving70",
                Map.of(LATE_DOSSIER_DECISION, "REFUSE", LATE_DOSSIER_REASON, "Nộp sau thời hạn quy định"));
        assertThat(cycle.outcome(id)).isEqualTo("REFUSED_AS_LATE");
    }

    @Test
    void aSupplementNeedsItsContentAndADayBeforeTheAppraisalDeadline() {
        String id = selfAssessing("70-2025", "25198");
        cycle.complete(id, SELF_ASSESS, "officer25198", Map.of("submissionConfirmed", true));

        assertThatThrownBy(() -> cycle.complete(id, APPRAISE, "appraisal70", Map.of()))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Vui lòng chọn Hoàn thành thẩm định hoặc Yêu cầu bổ sung hồ sơ.");
        assertThatThrownBy(() -> cycle.complete(id, APPRAISE, "appraisal70", Map.of(APPRAISAL_DECISION, "SUPPLEMENT")))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Vui lòng ghi rõ nội dung yêu cầu bổ sung hồ sơ.");
        // Camunda keeps text in 4,000 characters: more is the official's mistake, not a server error.
        assertThatThrownBy(() -> cycle.complete(id, APPRAISE, "appraisal70", Map.of(APPRAISAL_DECISION, "SUPPLEMENT",
                SUPPLEMENT_REQUEST, "x".repeat(4001), SUPPLEMENT_DAYS, 3L)))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Nội dung nhập dài quá 4000 ký tự; vui lòng rút gọn.");
        cycle.clockAt("2025-12-15T08:00");   // 16 hours before the end of 15/12
        assertThatThrownBy(() -> cycle.complete(id, APPRAISE, "appraisal70",
                Map.of(APPRAISAL_DECISION, "SUPPLEMENT", SUPPLEMENT_REQUEST, "Bổ sung", SUPPLEMENT_DAYS, 1L)))
                .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("Chỉ còn chưa đầy một ngày là đến hạn thẩm định");
        cycle.task(id, APPRAISE);
    }

    @Test
    void aClaimedTaskIsCompletedOnlyByWhoClaimedIt() {
        String id = selfAssessing("70-2025", "25198");
        String taskId = cycle.task(id, SELF_ASSESS).getId();
        User colleague = identity.newUser("officer25198b");
        colleague.setPassword("demo");
        identity.saveUser(colleague);
        identity.createMembership("officer25198b", "officer25198");
        try {
            assertThat(rest.withBasicAuth("officer25198", "demo").postForEntity("/engine-rest/task/" + taskId + "/claim",
                    json("{\"userId\":\"officer25198\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

            ResponseEntity<JsonNode> byColleague = rest.withBasicAuth("officer25198b", "demo").postForEntity(
                    "/engine-rest/task/" + taskId + "/submit-form",
                    json("{\"variables\":{\"submissionConfirmed\":{\"value\":true}}}"), JsonNode.class);
            assertThat(byColleague.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(byColleague.getBody().get("message").asText()).startsWith("Công việc này đã được officer25198 nhận xử lý.");
            cycle.task(id, SELF_ASSESS);

            cycle.complete(id, SELF_ASSESS, "officer25198", Map.of("submissionConfirmed", true));
            assertThat(cycle.task(id, APPRAISE)).isNotNull();
        } finally {
            identity.deleteUser("officer25198b");
        }
    }

    @Test
    void aCompletedAppraisalNeedsAValueForEveryCriterion() {
        String id = selfAssessing("70-2025", "25453");
        cycle.complete(id, SELF_ASSESS, "officer25453", Map.of("submissionConfirmed", true));
        Map<String, CriterionValue> allButOne = new java.util.LinkedHashMap<>(cycle.valuesMeeting("binhphuoc-2024-commune", null));
        allButOne.remove("CQS-2");
        values.save(id, AssessmentValues.Source.APPRAISED, allButOne, "appraisal70");

        assertThatThrownBy(() -> cycle.completeAs(cycle.task(id, APPRAISE), "appraisal70", Map.of(APPRAISAL_DECISION, "COMPLETE")))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Chưa thể hoàn thành thẩm định: các tiêu chí CQS-2 "
                        + "chưa có giá trị thẩm định đã lưu. Vui lòng nhập và bấm \"Lưu kết quả thẩm định\".");
        cycle.completeAs(cycle.task(id, APPRAISE), "appraisal70", Map.of(APPRAISAL_DECISION, "SUPPLEMENT",
                SUPPLEMENT_REQUEST, "Bổ sung số liệu tiêu chí CQS-2", SUPPLEMENT_DAYS, 3L));   // a supplement needs no values
        assertThat(cycle.task(id, SUPPLEMENT)).isNotNull();
    }

    @Test
    void aFailedPassFailDossierCannotBeRecognized() {
        String id = selfAssessing("70-2025", "25450");
        cycle.complete(id, SELF_ASSESS, "officer25450", Map.of("submissionConfirmed", true));
        cycle.complete(id, APPRAISE, "appraisal70", Map.of(APPRAISAL_DECISION, "COMPLETE"));   // nothing appraised as met
        assertThat(cycle.variable(id, COMPUTED_PASSED)).isEqualTo(false);

        assertThatThrownBy(() -> cycle.complete(id, RECOGNIZE, "chairman70",
                Map.of(RECOGNITION_DECISION, "RECOGNIZED", RECOGNIZED_LEVEL, 0L)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Kết quả thẩm định là không đạt: chỉ có thể quyết định không công nhận.");
        assertThatThrownBy(() -> cycle.complete(id, RECOGNIZE, "chairman70",
                Map.of(RECOGNITION_DECISION, "NOT_RECOGNIZED", RECOGNIZED_LEVEL, 1L)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Quyết định không công nhận thì không ghi mức độ được công nhận.");
        cycle.complete(id, RECOGNIZE, "chairman70", Map.of(RECOGNITION_DECISION, "NOT_RECOGNIZED"));
        assertThat(cycle.outcome(id)).isEqualTo("NOT_RECOGNIZED");
    }

    @Test
    void aCatalogUsedByRunningAssessmentsIsNotReplacedByAnImport() {
        selfAssessing("70-2025", "25453");
        TestRestTemplate admin = rest.withBasicAuth("admin", "demo");
        String yaml = admin.getForObject("/api/catalogs/binhphuoc-2024-commune/export", String.class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));

        ResponseEntity<JsonNode> imported = admin.postForEntity("/api/catalogs/import", new HttpEntity<>(yaml, headers), JsonNode.class);

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(imported.getBody().get("message").asText()).startsWith("Bộ tiêu chí đang được sử dụng");
    }

    @Test
    void crossSiteChangesToDxflowsApiAreRefused() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Origin", "https://evil.example");
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> forged = rest.withBasicAuth("admin", "demo").exchange("/api/campaigns/70-2025/open",
                HttpMethod.POST, new HttpEntity<>("{}", headers), JsonNode.class);

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody().get("message").asText()).isEqualTo("Yêu cầu từ trang web khác bị từ chối.");

        // Behind a TLS-terminating proxy the browser's origin is https://<public host>: same site, not refused.
        HttpHeaders proxied = new HttpHeaders();
        proxied.set("Origin", "https://dxflow.laocai.gov.vn");
        proxied.set("X-Forwarded-Host", "dxflow.laocai.gov.vn");
        proxied.set("X-Forwarded-Proto", "https");
        proxied.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> sameSite = rest.withBasicAuth("admin", "demo").exchange("/api/campaigns/99-2099/open",
                HttpMethod.POST, new HttpEntity<>("{}", proxied), JsonNode.class);
        assertThat(sameSite.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // Camunda's REST API too: a forged cross-site deployment or completion never reaches the engine.
        ResponseEntity<JsonNode> forgedRest = rest.withBasicAuth("admin", "demo").exchange("/engine-rest/task/x/complete",
                HttpMethod.POST, new HttpEntity<>("{}", headers), JsonNode.class);
        assertThat(forgedRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
