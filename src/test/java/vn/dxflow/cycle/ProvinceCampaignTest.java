package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;

/** The province campaign: one assessment per unit, the province report after recognition, opening rules. */
@DxflowSpringTest
class ProvinceCampaignTest {

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private HistoryService history;
    @Autowired
    private ReminderLog reminders;
    @Autowired
    private TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        cycle.reset();
    }

    private List<ProcessInstance> unitsOf(String campaignInstanceId) {
        return cycle.unitsOf(campaignInstanceId);
    }

    @Test
    void twoTierCampaignAssessesEveryCommuneThenReportsAndCloses() {
        cycle.clockAt("2025-10-01T08:00");
        ResponseEntity<JsonNode> opened = rest.withBasicAuth("admin", "demo")
                .postForEntity("/api/campaigns/70-2025/open", null, JsonNode.class);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String campaign = opened.getBody().get("processInstanceId").asText();

        cycle.runDueJobs(campaign);   // the asynchronous start of each unit's assessment
        List<ProcessInstance> units = unitsOf(campaign);
        assertThat(units).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
                "70-2025-25195", "70-2025-25198", "70-2025-25450", "70-2025-25453", "70-2025-25780");

        // One commune completes the whole cycle; the others never submit.
        String loc = units.stream().filter(u -> u.getBusinessKey().endsWith("25450")).findFirst().orElseThrow().getId();
        cycle.complete(loc, UnitAssessmentProcess.Elements.SELF_ASSESS, "officer25450", Map.of("submissionConfirmed", true));
        cycle.appraise(loc, "appraisal70", "binhphuoc-2024-commune", null);
        cycle.complete(loc, UnitAssessmentProcess.Elements.RECOGNIZE, "chairman70",
                Map.of(UnitAssessmentProcess.Variables.RECOGNITION_DECISION, "RECOGNIZED",
                        UnitAssessmentProcess.Variables.RECOGNIZED_LEVEL, 0L));

        cycle.clockAt("2025-12-16T00:00");
        cycle.runDueJobs(campaign);
        assertThat(unitsOf(campaign)).isEmpty();
        assertThat(history.createHistoricProcessInstanceQuery()
                .variableValueEquals(UnitAssessmentProcess.Variables.CAMPAIGN_INSTANCE_ID, campaign)
                .variableValueEquals(UnitAssessmentProcess.Variables.OUTCOME, "NOT_SUBMITTED").count()).isEqualTo(4);

        cycle.clockAt("2025-12-21T00:00");
        cycle.runDueJobs(campaign);
        // Other tests of this JVM may have left assessments of 70-2025 running: the report goes out anyway, confirmed.
        cycle.complete(campaign, ProvinceCampaignProcess.Elements.SEND_REPORT, "receiving70",
                Map.of("reportSent", true, ProvinceCampaignProcess.Variables.PENDING_UNITS_CONFIRMED, true));

        assertThat(cycle.finished(campaign).getEndActivityId()).isEqualTo(ProvinceCampaignProcess.Elements.END_CLOSED);
    }

    @Test
    void threeTierCampaignAssessesCommunesAndTheDistrictAndRemindsTheProvinceOfItsReport() {
        cycle.clockAt("2025-01-02T08:00");
        String campaign = new CampaignOpenerCall(rest).open("10-2025");
        cycle.runDueJobs(campaign);

        // 17 communes and town of Bảo Yên, and Bảo Yên itself
        assertThat(unitsOf(campaign)).hasSize(18)
                .extracting(ProcessInstance::getBusinessKey).contains("10-2025-087", "10-2025-02974");

        cycle.clockAt("2025-12-21T00:00");
        cycle.runDueJobs(campaign);
        cycle.task(campaign, ProvinceCampaignProcess.Elements.SEND_REPORT);
        cycle.clockAt("2025-12-23T00:00");   // 3 days before the end of 25/12
        cycle.runDueJobs(campaign);
        assertThat(reminders.ofProcessInstance(campaign)).extracting(ReminderLog.Reminder::stage, ReminderLog.Reminder::daysBefore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Stage.REPORT, 3));
        cycle.clockAt("2025-12-25T00:00");
        cycle.runDueJobs(campaign);
        cycle.clockAt("2025-12-26T00:00");
        cycle.runDueJobs(campaign);
        assertThat(reminders.ofProcessInstance(campaign)).extracting(ReminderLog.Reminder::daysBefore).containsExactly(3, 1, 0);
    }

    @Test
    void everyReportReminderFiresWhenTheReportWindowIsLongEnough() {
        cycle.clockAt("2026-10-01T08:00");
        String campaign = new CampaignOpenerCall(rest).open("70-2026");
        cycle.runDueJobs(campaign);
        cycle.clockAt("2026-12-11T00:00");
        cycle.runDueJobs(campaign);
        for (String day : new String[] {"2026-12-18T00:00", "2026-12-29T00:00", "2026-12-31T00:00"}) {
            cycle.clockAt(day);
            cycle.runDueJobs(campaign);
        }

        assertThat(reminders.ofProcessInstance(campaign)).extracting(ReminderLog.Reminder::daysBefore).containsExactly(14, 3, 1);
        cycle.task(campaign, ProvinceCampaignProcess.Elements.SEND_REPORT);
    }

    @Test
    void openingTwiceIsRefusedAndOnlyAdministratorsOpen() {
        cycle.clockAt("2024-10-01T08:00");
        assertThat(rest.withBasicAuth("receiving10", "demo").postForEntity("/api/campaigns/10-2024/open", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        new CampaignOpenerCall(rest).open("10-2024");

        ResponseEntity<JsonNode> again = rest.withBasicAuth("admin", "demo").postForEntity("/api/campaigns/10-2024/open", null, JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("message").asText()).isEqualTo("Đợt đánh giá này đã được mở trước đó.");
        ResponseEntity<JsonNode> unknown = rest.withBasicAuth("admin", "demo").postForEntity("/api/campaigns/99-2030/open", null, JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void campaignsAreListedWithVietnameseDatesForTheProvincesAUserMaySee() {
        JsonNode forBinhPhuoc = rest.withBasicAuth("officer25450", "demo").getForObject("/api/campaigns", JsonNode.class);

        assertThat(forBinhPhuoc).extracting(c -> c.get("id").asText()).doesNotContain("10-2024", "10-2025").contains("70-2025");
        assertThat(forBinhPhuoc.get(0).get("deadlines").get("SELF_ASSESSMENT").asText()).isEqualTo("30/11/2025");
        JsonNode forAdmin = rest.withBasicAuth("admin", "demo").getForObject("/api/campaigns", JsonNode.class);
        assertThat(forAdmin).extracting(c -> c.get("id").asText()).contains("10-2024", "10-2025", "70-2025");
    }

    /** Opens a campaign through the REST API as the administrator. */
    private record CampaignOpenerCall(TestRestTemplate rest) {
        String open(String campaignId) {
            ResponseEntity<JsonNode> opened = rest.withBasicAuth("admin", "demo")
                    .postForEntity("/api/campaigns/" + campaignId + "/open", null, JsonNode.class);
            assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            return opened.getBody().get("processInstanceId").asText();
        }
    }
}
