package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.dxflow.security.TaskCompletionCheck;

/**
 * The receiving office's decision on a late registration or dossier: Tiếp nhận or Từ chối, always with a reason.
 * Their embedded forms (forms/decide-late-*.html) check the same, but only this check is authoritative: an
 * embedded form declares no form fields, so the required and enum constraints a formData would give are here.
 */
@Component
class LateDecisionCheck implements TaskCompletionCheck {

    static final String DECISION_MISSING = "Vui lòng chọn Tiếp nhận hoặc Từ chối.";
    static final String REASON_MISSING = "Vui lòng nêu lý do của quyết định.";

    private record Decision(String decision, String reason) {
    }

    private static final Map<String, Decision> DECISIONS = Map.of(
            UnitAssessmentProcess.Elements.DECIDE_LATE_REGISTRATION, new Decision(LATE_REGISTRATION_DECISION, LATE_REGISTRATION_REASON),
            UnitAssessmentProcess.Elements.DECIDE_LATE_DOSSIER, new Decision(LATE_DOSSIER_DECISION, LATE_DOSSIER_REASON));
    private static final Set<String> VALUES = Set.of(UnitAssessmentProcess.Values.ACCEPT, UnitAssessmentProcess.Values.REFUSE);

    @Override
    public void check(DelegateTask task, Map<String, Object> submitted) {
        Decision names = DECISIONS.get(task.getTaskDefinitionKey());
        if (names == null) {
            return;
        }
        Object decision = TaskCompletionCheck.valueAfter(task, submitted, names.decision());
        if (decision == null || !VALUES.contains(decision.toString())) {
            throw new BadUserRequestException(DECISION_MISSING);
        }
        Object reason = TaskCompletionCheck.valueAfter(task, submitted, names.reason());
        if (reason == null || reason.toString().isBlank()) {
            throw new BadUserRequestException(REASON_MISSING);
        }
    }
}
