package vn.dxflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * Submitting the self-assessment freezes the unit's evidence and records every document's reference and SHA-256
 * in the process; a supplement reopens the dossier for new documents only, and its completion freezes it again.
 */
@DxflowSpringTest
class DossierFreezeInCycleTest {

    /** A campaign and unit that no other test submits (test fixture campaign 70-2026). */
    private static final String CAMPAIGN = "70-2026";
    private static final String UNIT = "25780";
    private static final String OFFICER = "officer25780";

    @LocalServerPort
    int port;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private HistoryService history;
    @Autowired
    private org.camunda.bpm.engine.ManagementService management;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private void clockAt(String vietnamTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(vietnamTime).atZone(CampaignConfig.ZONE).toInstant()));
    }

    private void complete(String instance, String activity, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).singleResult().getId(),
                variables);
        vn.dxflow.AsyncSteps.run(management, instance);
    }


    private String documentsRecorded(String instance) throws java.io.IOException {
        var file = (org.camunda.bpm.engine.variable.value.FileValue) history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance).variableName(UnitAssessmentProcess.Variables.DOSSIER_DOCUMENTS)
                .singleResult().getTypedValue();
        try (var in = file.getValue()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void submissionFreezesAndASupplementMayOnlyAdd() throws java.io.IOException {
        EvidenceApi api = new EvidenceApi(port);
        String criterion = EvidenceSamples.freshCriterion();
        clockAt("2026-10-01T08:00");
        String instance = runtime.startProcessInstanceByKey(UnitAssessmentProcess.KEY, Map.of(
                UnitAssessmentProcess.Variables.CAMPAIGN_ID, CAMPAIGN, UnitAssessmentProcess.Variables.UNIT_CODE, UNIT)).getId();
        JsonNode decision = EvidenceApi.json(api.upload(OFFICER, UNIT, 2026, criterion, "Quyết định.pdf", EvidenceSamples.pdf("QĐ")));

        complete(instance, UnitAssessmentProcess.Elements.SELF_ASSESS, Map.of("submissionConfirmed", true));

        assertThat(documentsRecorded(instance)).contains(decision.get("id").asText(), decision.get("sha256").asText());
        assertThat(api.upload(OFFICER, UNIT, 2026, criterion, "Muộn.pdf", EvidenceSamples.pdf("muộn")).statusCode()).isEqualTo(409);

        complete(instance, UnitAssessmentProcess.Elements.APPRAISE, Map.of("appraisalDecision", "SUPPLEMENT",
                "supplementRequest", "Bổ sung biên bản họp", "supplementDays", 3L));
        var added = api.upload(OFFICER, UNIT, 2026, criterion, "Biên bản bổ sung.pdf", EvidenceSamples.pdf("BB"));
        assertThat(added.statusCode()).isEqualTo(201);
        var replaced = api.upload(OFFICER, UNIT, 2026, criterion, "Quyết định.pdf", EvidenceSamples.pdf("QĐ khác"));
        assertThat(replaced.statusCode()).isEqualTo(409);
        assertThat(EvidenceApi.json(replaced).get("message").asText()).contains("đã nộp trong hồ sơ nên không thể thay thế");
        assertThat(api.delete(OFFICER, decision.get("id").asText()).statusCode()).isEqualTo(409);

        complete(instance, UnitAssessmentProcess.Elements.SUPPLEMENT, Map.of("supplementNote", "Đã bổ sung biên bản"));

        assertThat(documentsRecorded(instance)).contains(decision.get("sha256").asText(),
                EvidenceApi.json(added).get("sha256").asText());
        assertThat(api.upload(OFFICER, UNIT, 2026, criterion, "Sau.pdf", EvidenceSamples.pdf("sau")).statusCode()).isEqualTo(409);
    }
}
