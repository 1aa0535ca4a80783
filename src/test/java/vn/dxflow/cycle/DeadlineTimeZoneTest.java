package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.DxflowSpringTest;

/**
 * The cut-off of 30/11 (end of the day in Vietnam) gives the same outcome at the last allowed millisecond and
 * the first late one, whatever the JVM's default time zone, and the deadline timer is due at the same instant.
 */
@DxflowSpringTest
class DeadlineTimeZoneTest {

    private static final TimeZone ORIGINAL = TimeZone.getDefault();

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private ManagementService management;

    @AfterEach
    void restore() {
        TimeZone.setDefault(ORIGINAL);
        cycle.reset();
    }

    @ParameterizedTest(name = "{0}: submitted {1} → late={2}")
    @CsvSource({
        "UTC,                 2025-11-30T23:59:59.999, false",
        "UTC,                 2025-12-01T00:00:00.000, true",
        "Asia/Ho_Chi_Minh,    2025-11-30T23:59:59.999, false",
        "Asia/Ho_Chi_Minh,    2025-12-01T00:00:00.000, true",
        "America/Los_Angeles, 2025-11-30T23:59:59.999, false",
        "America/Los_Angeles, 2025-12-01T00:00:00.000, true",
    })
    void sameOutcomeInEveryZone(String zone, String vietnamTime, boolean late) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        cycle.clockAt("2025-11-01T08:00");
        String id = cycle.startAssessment("70-2025", "25450");

        assertThat(management.createJobQuery().processInstanceId(id).activityId(SELF_ASSESSMENT_DEADLINE).singleResult()
                .getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2025-12-01T00:00:00+07:00").toInstant());

        cycle.clockAt(vietnamTime);
        cycle.complete(id, SELF_ASSESS, "officer25450", Map.of("submissionConfirmed", true));

        assertThat(cycle.variable(id, DOSSIER_LATE)).isEqualTo(late);
        cycle.task(id, late ? DECIDE_LATE_DOSSIER : APPRAISE);
    }
}
