package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;

/** GET /api/units/{code}/recognitions: a unit's recognized levels of earlier campaigns, for those who may see the unit. */
@DxflowSpringTest
class RecognitionHistoryApiTest {

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private CycleDriver cycle;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    @Test
    void theUnitAndItsDistrictSeeTheRecognitionAnotherCommuneDoesNot() {
        cycle.recognizedAssessment("10-2026", "02980", "087", 1, "2026-11-20T08:00");

        ResponseEntity<JsonNode> own = get("officer02980");
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        // Other tests may recognize this commune in other campaigns: the one of this test, by its campaign.
        JsonNode recognition = java.util.stream.StreamSupport.stream(own.getBody().spliterator(), false)
                .filter(entry -> entry.get("campaignId").asText().equals("10-2026")).findFirst().orElseThrow();
        assertThat(recognition.get("year").asInt()).isEqualTo(2026);
        assertThat(recognition.get("level").asInt()).isEqualTo(1);
        assertThat(recognition.get("levelName").asText()).isEqualTo("Khởi động");
        assertThat(get("appraisal087").getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> other = get("officer02992");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody().toString()).doesNotContain("10-2026");
    }

    private ResponseEntity<JsonNode> get(String user) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/units/02980/recognitions", JsonNode.class);
    }
}
