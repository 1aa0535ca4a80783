package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.ScoringService;
import vn.dxflow.security.TaskCompletionCheck;

/**
 * The department's conclusion (Mẫu 04) may not contradict its own verified values: "Đạt" is refused when they do
 * not pass. An undetermined verdict (a pass condition the catalog leaves open) leaves the choice to the department.
 * The verification form's script (dxflow-appraisal.js) shows the same message before submitting.
 */
@Component
class VerificationCheck implements TaskCompletionCheck {

    static final String CONTRADICTS_VALUES = "Kết quả thẩm tra theo số liệu đã lưu là không đạt: chỉ có thể chọn Không đạt.";

    private final StepResultRecorder recorder;
    private final ScoringService scoring;

    VerificationCheck(StepResultRecorder recorder, ScoringService scoring) {
        this.recorder = recorder;
        this.scoring = scoring;
    }

    @Override
    public void check(DelegateTask task, Map<String, Object> submitted) {
        if (!UnitAssessmentProcess.Elements.VERIFY.equals(task.getTaskDefinitionKey())
                || !UnitAssessmentProcess.Values.VERIFIED_MET.equals(
                        TaskCompletionCheck.valueAfter(task, submitted, VERIFICATION_RESULT))) {
            return;
        }
        Integer target = task.getVariable(TARGET_LEVEL) instanceof Number n ? n.intValue() : null;
        if (Boolean.FALSE.equals(scoring.evaluate((String) task.getVariable(CATALOG_ID), target,
                recorder.verifiedValues(task)).passed())) {
            throw new BadUserRequestException(CONTRADICTS_VALUES);
        }
    }
}
