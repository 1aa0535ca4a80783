package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.DxflowSpringTest;

/**
 * A unit's history is kept at least ten years after its decision: every row carries its removal time from the moment
 * it is written (eleven years after the assessment started), so ending the process rewrites none of them.
 */
@DxflowSpringTest
class HistoryRetentionTest {

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private HistoryService history;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    @Test
    void everyHistoryRowOfARecognizedUnitIsKeptElevenYearsFromItsStart() {
        cycle.clockAt("2026-11-20T08:00");
        String instanceId = cycle.startAssessment("10-2026", "02971");
        String catalogId = (String) cycle.variable(instanceId, UnitAssessmentProcess.Variables.CATALOG_ID);
        cycle.selfAssess(instanceId, "officer02971", catalogId, 1);
        cycle.clockAt("2026-12-18T09:00");
        cycle.appraise(instanceId, "appraisal087", catalogId, 1);
        cycle.complete(instanceId, UnitAssessmentProcess.Elements.RECOGNIZE, "chairman087", Map.of(
                UnitAssessmentProcess.Variables.RECOGNITION_DECISION, UnitAssessmentProcess.Values.RECOGNIZED,
                UnitAssessmentProcess.Variables.RECOGNIZED_LEVEL, 1L));

        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
                .singleResult();
        assertThat(instance.getEndTime()).as("the assessment ended four weeks after it started")
                .isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-12-18T02:00:00Z")));
        assertThat(Duration.between(instance.getStartTime().toInstant(), instance.getRemovalTime().toInstant()))
                .isEqualTo(Duration.ofDays(4015));
        assertThat(Duration.between(instance.getEndTime().toInstant(), instance.getRemovalTime().toInstant()))
                .isGreaterThan(Duration.ofDays(3650));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).list())
                .isNotEmpty().extracting(HistoricVariableInstance::getRemovalTime).containsOnly(instance.getRemovalTime());
    }
}
