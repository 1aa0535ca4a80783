package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** The rules of submitting a dossier and its supplement, as the server applies them whatever the form did. */
class SubmissionCheckTest {

    private final SubmissionCheck check = new SubmissionCheck();

    @Test
    void aDossierIsSubmittedOnlyWhenConfirmed() {
        DelegateTask selfAssess = task(UnitAssessmentProcess.Elements.SELF_ASSESS);

        assertThatThrownBy(() -> check.check(selfAssess, Map.of("submissionConfirmed", false)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Vui lòng đánh dấu xác nhận nộp hồ sơ: sau khi nộp, tài liệu minh chứng sẽ được khóa.");
        assertThatCode(() -> check.check(selfAssess, Map.of("submissionConfirmed", true))).doesNotThrowAnyException();
    }

    @Test
    void aSupplementSaysWhatWasAdded() {
        DelegateTask supplement = task(UnitAssessmentProcess.Elements.SUPPLEMENT);

        assertThatThrownBy(() -> check.check(supplement, Map.of()))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Vui lòng ghi rõ nội dung đã bổ sung hồ sơ.");
        assertThatThrownBy(() -> check.check(supplement, Map.of("supplementNote", "  \n ")))
                .hasMessage("Vui lòng ghi rõ nội dung đã bổ sung hồ sơ.");
        assertThatThrownBy(() -> check.check(supplement, Map.of("supplementNote", "x".repeat(4001))))
                .hasMessage("Nội dung đã bổ sung dài quá 4.000 ký tự; vui lòng viết ngắn gọn hơn.");
        assertThatCode(() -> check.check(supplement, Map.of("supplementNote", "Đã bổ sung biên bản họp")))
                .doesNotThrowAnyException();
    }

    @Test
    void otherStepsAreNotConcerned() {
        assertThatCode(() -> check.check(task(UnitAssessmentProcess.Elements.APPRAISE), Map.of())).doesNotThrowAnyException();
    }

    private static DelegateTask task(String activityId) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getTaskDefinitionKey()).thenReturn(activityId);
        return task;
    }
}
