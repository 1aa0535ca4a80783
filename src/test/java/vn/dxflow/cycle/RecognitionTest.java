package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.AsyncSteps;
import vn.dxflow.DxflowSpringTest;

/**
 * Recognition against the level computed from the appraised values: at that level, lower, never higher; the
 * values are entered through the API by the unit and the council at their own steps only.
 */
@DxflowSpringTest
class RecognitionTest {

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private FormService forms;
    @Autowired
    private IdentityService identity;
    @Autowired
    private ManagementService management;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    private Map<String, CriterionValue> valuesMeetingLevel(int level) {
        return cycle.valuesMeeting("kontum-2025-commune", level);
    }

    private HttpStatus put(String user, String path, Object body) {
        return HttpStatus.valueOf(rest.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class).getStatusCode().value());
    }

    /** A commune appraised at level 2 by the council, although it claimed level 3. */
    private String appraisedAtLevelTwo() {
        return appraisedAt(2);
    }

    private String appraisedAt(int level) {
        cycle.clockAt("2025-01-05T08:00");
        String id = cycle.startAssessment("10-2025", "02992");
        cycle.complete(id, REGISTER, "officer02992", Map.of(TARGET_LEVEL, 3L));
        cycle.clockAt("2025-11-20T08:00");
        assertThat(put("officer02992", "/api/assessments/" + id + "/self-assessed", valuesMeetingLevel(3))).isEqualTo(HttpStatus.NO_CONTENT);
        cycle.complete(id, SELF_ASSESS, "officer02992", Map.of("submissionConfirmed", true));
        assertThat(put("appraisal087", "/api/assessments/" + id + "/appraised", valuesMeetingLevel(level))).isEqualTo(HttpStatus.NO_CONTENT);
        cycle.complete(id, APPRAISE, "appraisal087", Map.of(APPRAISAL_DECISION, "COMPLETE"));
        return id;
    }

    private void submitRecognition(String id, String decision, long level) {
        identity.setAuthentication("chairman087", List.of("chairman087"));
        try {
            forms.submitTaskForm(cycle.task(id, RECOGNIZE).getId(),
                    Map.of(RECOGNITION_DECISION, decision, RECOGNIZED_LEVEL, level, "recognitionReason", "Theo kết quả thẩm định"));
        } finally {
            identity.clearAuthentication();
        }
        AsyncSteps.run(management, id);
    }

    @Test
    void recognizedAtTheComputedLevel() {
        String id = appraisedAtLevelTwo();
        assertThat(cycle.variable(id, COMPUTED_LEVEL)).isEqualTo(2);

        submitRecognition(id, "RECOGNIZED", 2);

        assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_RECOGNIZED);
        assertThat(cycle.variable(id, RECOGNIZED_LEVEL)).isEqualTo(2L);
    }

    @Test
    void recognizedLowerThanComputed() {
        String id = appraisedAtLevelTwo();

        submitRecognition(id, "RECOGNIZED", 1);

        assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_RECOGNIZED);
        assertThat(cycle.variable(id, RECOGNIZED_LEVEL)).isEqualTo(1L);
    }

    @Test
    void recognitionAboveTheComputedLevelIsRefusedByTheServer() {
        String id = appraisedAtLevelTwo();

        assertThatThrownBy(() -> submitRecognition(id, "RECOGNIZED", 3)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Mức độ công nhận phải từ 1 đến 2 (mức độ theo kết quả thẩm định).");
        cycle.task(id, RECOGNIZE);
    }

    /** Not "từ 1 đến 1". */
    @Test
    void aDossierAppraisedAtLevelOneIsRecognizedAtLevelOneOnly() {
        String id = appraisedAt(1);
        assertThat(cycle.variable(id, COMPUTED_LEVEL)).isEqualTo(1);

        assertThatThrownBy(() -> submitRecognition(id, "RECOGNIZED", 2)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Kết quả thẩm định đạt mức 1: chỉ có thể công nhận mức 1.");
        cycle.task(id, RECOGNIZE);
    }

    @Test
    void notRecognized() {
        String id = appraisedAtLevelTwo();

        submitRecognition(id, "NOT_RECOGNIZED", 0);

        assertThat(cycle.finished(id).getEndActivityId()).isEqualTo(END_NOT_RECOGNIZED);
    }

    @Test
    void valuesSideBySideAndOnlyAtTheRightStep() {
        String id = appraisedAtLevelTwo();

        JsonNode view = rest.withBasicAuth("officer02992", "demo").getForObject("/api/assessments/" + id, JsonNode.class);
        assertThat(view.at("/result/selfAssessed/reachedLevel").asInt()).isEqualTo(3);
        assertThat(view.at("/result/appraised/reachedLevel").asInt()).isEqualTo(2);
        assertThat(view.at("/result/differing").size()).isPositive();

        // After submission the unit can no longer change its values; the council's step is over too.
        assertThat(put("officer02992", "/api/assessments/" + id + "/self-assessed", valuesMeetingLevel(5))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(put("appraisal087", "/api/assessments/" + id + "/appraised", valuesMeetingLevel(5))).isEqualTo(HttpStatus.CONFLICT);
        // Another commune's officer, guessing the id; and an id that does not exist.
        assertThat(rest.withBasicAuth("officer02947", "demo").getForEntity("/api/assessments/" + id, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("officer02947", "demo").getForEntity("/api/assessments/nope", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void invalidValuesAreRefusedWithTheCriterionNamed() {
        cycle.clockAt("2025-01-05T08:00");
        String id = cycle.startAssessment("10-2025", "02950");
        cycle.complete(id, REGISTER, "officer02950", Map.of(TARGET_LEVEL, 1L));

        var response = rest.withBasicAuth("officer02950", "demo").exchange("/api/assessments/" + id + "/self-assessed",
                HttpMethod.PUT, new HttpEntity<>(Map.of("CQS-99", Map.of("yes", true))), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").asText())
                .isEqualTo("Số liệu không hợp lệ: Tiêu chí CQS-99: không có trong bộ tiêu chí kontum-2025-commune");
        assertThat(response.getBody().at("/problems/0/criterion").asText()).isEqualTo("CQS-99");
    }
}
