package vn.dxflow.cycle;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.dxflow.security.TaskCompletionCheck;

/** Submitting the dossier freezes it: the official must confirm the submission explicitly. */
@Component
class SubmissionCheck implements TaskCompletionCheck {

    @Override
    public void check(DelegateTask task, Map<String, Object> submitted) {
        if (UnitAssessmentProcess.Elements.SELF_ASSESS.equals(task.getTaskDefinitionKey())
                && !Boolean.TRUE.equals(TaskCompletionCheck.valueAfter(task, submitted, "submissionConfirmed"))) {
            throw new BadUserRequestException(
                    "Vui lòng đánh dấu xác nhận nộp hồ sơ: sau khi nộp, tài liệu minh chứng sẽ được khóa.");
        }
    }
}
