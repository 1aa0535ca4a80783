package vn.dxflow.cycle;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.dxflow.security.TaskCompletionCheck;

/**
 * Submitting the dossier freezes it: the official must confirm the submission explicitly, and a supplement must
 * say what was added (the council reads it beside the documents). The forms show the same messages before
 * submitting (scripts/dxflow-dossier.js of Tasklist). Criteria left without a value are not refused: the unit
 * must be able to submit by the deadline, and such a criterion simply counts as "Chưa có số liệu".
 */
@Component
class SubmissionCheck implements TaskCompletionCheck {

    /** Camunda keeps a string variable in a 4,000-character column. */
    static final int MAX_SUPPLEMENT_NOTE = 4000;

    @Override
    public void check(DelegateTask task, Map<String, Object> submitted) {
        String step = task.getTaskDefinitionKey();
        if (UnitAssessmentProcess.Elements.SELF_ASSESS.equals(step)
                && !Boolean.TRUE.equals(TaskCompletionCheck.valueAfter(task, submitted, "submissionConfirmed"))) {
            throw new BadUserRequestException(
                    "Vui lòng đánh dấu xác nhận nộp hồ sơ: sau khi nộp, tài liệu minh chứng sẽ được khóa.");
        }
        if (UnitAssessmentProcess.Elements.SUPPLEMENT.equals(step)) {
            Object note = TaskCompletionCheck.valueAfter(task, submitted, UnitAssessmentProcess.Variables.SUPPLEMENT_NOTE);
            if (note == null || note.toString().isBlank()) {
                throw new BadUserRequestException("Vui lòng ghi rõ nội dung đã bổ sung hồ sơ.");
            }
            if (note.toString().length() > MAX_SUPPLEMENT_NOTE) {
                throw new BadUserRequestException("Nội dung đã bổ sung dài quá 4.000 ký tự; vui lòng viết ngắn gọn hơn.");
            }
        }
    }
}
