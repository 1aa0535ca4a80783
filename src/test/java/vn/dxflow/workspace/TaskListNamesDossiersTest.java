package vn.dxflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.cycle.CycleDriver;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * An appraiser with several dossiers of one campaign (Bình Phước 2025, appraised by the province) tells them apart
 * in the task list and finds one by the unit's name or code, through the REST calls Tasklist makes (task name
 * search, the shared filters evaluated for the user who opens them, with the engine clock moved).
 */
@DxflowSpringTest
class TaskListNamesDossiersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPRAISER = "appraisal70";
    private static final String COLLEAGUE = "appraisal70b";

    private List<String> instances = List.of();

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private IdentityService identity;
    @Autowired
    private TaskService taskService;

    /** A second member of the province's appraisal council. */
    @BeforeEach
    void colleague() {
        identity.saveUser(identity.newUser(COLLEAGUE));
        identity.createMembership(COLLEAGUE, APPRAISER);
    }

    @AfterEach
    void reset() {
        cycle.reset();
        identity.deleteUser(COLLEAGUE);
    }

    @Test
    void everyTaskNamesItsDossierAndTheSharedFiltersFollowTheClock() throws Exception {
        cycle.clockAt("2025-11-01T08:00");
        String locThien = cycle.startAssessment("70-2025", "25450");
        String other = cycle.startAssessment("70-2025", "25195");
        instances = List.of(locThien, other);
        assertThat(cycle.task(locThien, UnitAssessmentProcess.Elements.SELF_ASSESS).getName()).isEqualTo(
                cycle.stepName(locThien, UnitAssessmentProcess.Elements.SELF_ASSESS) + " · Xã Lộc Thiện (25450) · năm 2025");
        String appraise = cycle.stepName(locThien, UnitAssessmentProcess.Elements.APPRAISE);
        for (String id : List.of(locThien, other)) {
            String unit = (String) cycle.variable(id, UnitAssessmentProcess.Variables.UNIT_CODE);
            cycle.selfAssess(id, "officer" + unit, (String) cycle.variable(id, UnitAssessmentProcess.Variables.CATALOG_ID), 1);
        }

        assertThat(names(get("/engine-rest/task?nameLike={like}", "%Lộc Thiện%", APPRAISER)))
                .containsExactly(appraise + " · Xã Lộc Thiện (25450) · năm 2025");
        assertThat(get("/engine-rest/task?nameLike={like}", "%(25195)%", APPRAISER)).singleElement()
                .satisfies(task -> assertThat(task.get("processInstanceId").asText()).isEqualTo(other));
        assertThat(get("/engine-rest/task?nameLike={like}", "%Lộc Thiện%", "officer25195")).isEmpty();

        JsonNode filters = get("/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc", null, APPRAISER);
        assertThat(names(filters)).contains("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn", "Tất cả công việc");
        assertThat(names(filter(filters, "Việc của đơn vị"))).hasSize(2).allMatch(name -> name.startsWith(appraise + " · "));
        assertThat(filter(filters, "Việc của tôi")).isEmpty();
        taskService.claim(cycle.task(locThien, UnitAssessmentProcess.Elements.APPRAISE).getId(), APPRAISER);
        taskService.claim(cycle.task(other, UnitAssessmentProcess.Elements.APPRAISE).getId(), COLLEAGUE);
        assertThat(names(filter(filters, "Việc của tôi"))).containsExactly(appraise + " · Xã Lộc Thiện (25450) · năm 2025");
        assertThat(filter(filters, "Việc của đơn vị")).as("also what a colleague claimed").hasSize(2);
        assertThat(filter(filters, "Sắp đến hạn")).isEmpty();
        assertThat(filter(filters, "Quá hạn")).isEmpty();

        cycle.clockAt("2025-12-13T08:00");   // the appraisal is due at the end of 15/12 in Vietnam
        assertThat(filter(filters, "Sắp đến hạn")).hasSize(2);
        assertThat(filter(filters, "Quá hạn")).isEmpty();
        cycle.clockAt("2025-12-16T08:00");
        assertThat(filter(filters, "Sắp đến hạn")).isEmpty();
        assertThat(filter(filters, "Quá hạn")).hasSize(2);
        assertThat(StreamSupport.stream(get("/engine-rest/filter/{id}/list", id(filters, "Quá hạn"), "officer25450")
                .spliterator(), false)).as("a commune sees none of the council's work").isEmpty();
    }

    @Test
    void aNameTooLongForTheEngineIsShortenedNotRefused() {
        assertThat(TaskTitles.fitted("x".repeat(300))).hasSize(255).endsWith("…");
        assertThat(TaskTitles.fitted("Thẩm định hồ sơ")).isEqualTo("Thẩm định hồ sơ");
    }

    private JsonNode filter(JsonNode filters, String name) throws Exception {
        return get("/engine-rest/filter/{id}/list", id(filters, name), APPRAISER);
    }

    private static String id(JsonNode filters, String name) {
        return StreamSupport.stream(filters.spliterator(), false).filter(f -> f.get("name").asText().equals(name))
                .findFirst().orElseThrow().get("id").asText();
    }

    private JsonNode get(String path, String parameter, String user) throws Exception {
        var uri = UriComponentsBuilder.fromUriString(path).encode().buildAndExpand(parameter == null ? new Object[0]
                : new Object[] {parameter}).toUri();
        var answer = rest.withBasicAuth(user, "demo").getForEntity(uri, String.class);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
        JsonNode all = JSON.readTree(answer.getBody());
        if (!path.startsWith("/engine-rest/task") && !path.endsWith("/list")) {
            return all;
        }
        // Other tests of the shared application may have left dossiers of the same campaign.
        var ours = JSON.createArrayNode();
        all.forEach(task -> {
            if (instances.contains(task.get("processInstanceId").asText())) {
                ours.add(task);
            }
        });
        return ours;
    }

    private static List<String> names(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(node -> node.get("name").asText()).toList();
    }
}
