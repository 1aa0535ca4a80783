package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import java.util.Map;
import vn.dxflow.security.TaskCompletionCheck;
import org.springframework.stereotype.Component;

/**
 * The recognition may not go beyond the appraisal (the appraised values decide, BRIEF section 3): graded
 * catalogs recognize a level from 1 to the computed one; pass/fail catalogs cannot recognize a failed dossier.
 * Checked on every completion path (Tasklist's form and the REST API's plain completion).
 */
@Component
class RecognitionCheck implements TaskCompletionCheck {

    @Override
    public void check(DelegateTask task, Map<String, Object> submitted) {
        if (!UnitAssessmentProcess.Elements.RECOGNIZE.equals(task.getTaskDefinitionKey())) {
            return;
        }
        if (!UnitAssessmentProcess.Values.RECOGNIZED.equals(TaskCompletionCheck.valueAfter(task, submitted, RECOGNITION_DECISION))) {
            // A level beside "Không công nhận" would be read as recognized by whoever reads the variables.
            if (TaskCompletionCheck.valueAfter(task, submitted, RECOGNIZED_LEVEL) instanceof Number level && level.intValue() > 0) {
                throw new BadUserRequestException("Quyết định không công nhận thì không ghi mức độ được công nhận.");
            }
            return;
        }
        Object computedLevel = task.getVariable(COMPUTED_LEVEL);
        Object level = TaskCompletionCheck.valueAfter(task, submitted, RECOGNIZED_LEVEL);
        int recognized = level instanceof Number number ? number.intValue() : 0;
        if (computedLevel instanceof Number computed) {
            if (recognized < 1 || recognized > computed.intValue()) {
                throw new BadUserRequestException(computed.intValue() == 0
                        ? "Kết quả thẩm định chưa đạt mức độ nào: chỉ có thể quyết định không công nhận."
                        : computed.intValue() == 1
                        ? "Kết quả thẩm định đạt mức 1: chỉ có thể công nhận mức 1."
                        : "Mức độ công nhận phải từ 1 đến " + computed.intValue() + " (mức độ theo kết quả thẩm định).");
            }
        } else if (Boolean.FALSE.equals(task.getVariable(COMPUTED_PASSED))) {
            throw new BadUserRequestException("Kết quả thẩm định là không đạt: chỉ có thể quyết định không công nhận.");
        }
    }
}
