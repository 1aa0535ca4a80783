package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.DxflowSpringTest;

/** Each task of a unit's assessment is visible to exactly its role group of the right unit, and to nobody else. */
@DxflowSpringTest
class TaskVisibilityTest {

    /** Users of every role around commune 02947 (Bảo Yên, Lào Cai), a neighbour commune and another province. */
    private static final List<String> PROBES = List.of("officer02947", "chairman02947", "officer02992", "officer087",
            "receiving087", "appraisal087", "chairman087", "receiving10", "appraisal10", "steering10", "department10",
            "chairman10", "officer25450", "appraisal70");

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private TaskService tasks;
    @Autowired
    private IdentityService identity;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    private List<String> whoSees(Task task) {
        return PROBES.stream().filter(user -> {
            List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
            identity.setAuthentication(user, groups);
            try {
                return tasks.createTaskQuery().taskId(task.getId()).count() == 1;
            } finally {
                identity.clearAuthentication();
            }
        }).toList();
    }

    private void expect(String id, String activity, String onlyUser, String actingUser, Map<String, Object> variables) {
        Task task = cycle.task(id, activity);
        assertThat(whoSees(task)).as(activity).containsExactly(onlyUser);
        cycle.complete(id, activity, actingUser, variables);
    }

    @Test
    void everyTaskOfTheThanhHoaVariantReachesOnlyItsGroup() {
        cycle.clockAt("2024-11-20T08:00");   // late, so the receiving office decides
        String id = cycle.startAssessment("10-2024", "02947");

        expect(id, SELF_ASSESS, "officer02947", "officer02947", Map.of("submissionConfirmed", true));
        expect(id, DECIDE_LATE_DOSSIER, "receiving087", "receiving087", Map.of(LATE_DOSSIER_DECISION, "ACCEPT", LATE_DOSSIER_REASON, "Chấp nhận"));
        expect(id, APPRAISE, "appraisal087", "appraisal087", Map.of(APPRAISAL_DECISION, "SUPPLEMENT", SUPPLEMENT_REQUEST, "Bổ sung minh chứng", SUPPLEMENT_DAYS, 3L));
        expect(id, SUPPLEMENT, "officer02947", "officer02947", Map.of(SUPPLEMENT_NOTE, "Đã bổ sung"));
        expect(id, APPRAISE, "appraisal087", "appraisal087", Map.of(APPRAISAL_DECISION, "COMPLETE"));
        expect(id, GIVE_OPINION, "steering10", "steering10", Map.of(OPINION, "DAT_YEU_CAU"));
        expect(id, VERIFY, "department10", "department10", Map.of(VERIFICATION_RESULT, "DAT"));
        expect(id, RECOGNIZE, "chairman10", "chairman10", Map.of(RECOGNITION_DECISION, "RECOGNIZED", RECOGNIZED_LEVEL, 0L));
    }

    @Test
    void registrationTasksOfTheKonTumProcedureReachOnlyTheirGroup() {
        cycle.clockAt("2025-01-05T08:00");
        String id = cycle.startAssessment("10-2025", "02947");
        assertThat(whoSees(cycle.task(id, REGISTER))).containsExactly("officer02947");
        cycle.clockAt("2025-01-21T00:00");
        cycle.runDueJobs(id);

        expect(id, REGISTER_LATE, "officer02947", "officer02947", Map.of(TARGET_LEVEL, 1L));
        assertThat(whoSees(cycle.task(id, DECIDE_LATE_REGISTRATION))).containsExactly("receiving087");
    }
}
