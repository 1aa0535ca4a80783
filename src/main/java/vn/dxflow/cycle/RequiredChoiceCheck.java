package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.dxflow.security.TaskCompletionCheck;

/**
 * The choice each decision task cannot be completed without, refused with the message its embedded form shows
 * (forms/*.html through scripts/dxflow-decisions.js; keep the texts identical). The forms' required form fields
 * say the same in general terms; this says it in the words of the form and also for the REST API.
 */
@Component
class RequiredChoiceCheck implements TaskCompletionCheck {

    static final String APPRAISAL_DECISION_MISSING = "Vui lòng chọn Hoàn thành thẩm định hoặc Yêu cầu bổ sung hồ sơ.";
    static final String LEVEL_MISSING = "Vui lòng chọn mức độ chuyển đổi số đăng ký.";
    static final String OPINION_MISSING = "Vui lòng chọn ĐẠT YÊU CẦU hoặc KHÔNG ĐẠT YÊU CẦU.";
    static final String VERIFICATION_MISSING = "Vui lòng chọn kết quả thẩm tra: Đạt hoặc Không đạt.";
    static final String RECOGNITION_MISSING = "Vui lòng chọn Công nhận hoặc Không công nhận.";
    static final String REPORT_NOT_CONFIRMED = "Vui lòng xác nhận đã gửi báo cáo tổng hợp của tỉnh.";

    private record Choice(String variable, String message) {
    }

    private static final Map<String, Choice> CHOICES = Map.of(
            UnitAssessmentProcess.Elements.APPRAISE, new Choice(APPRAISAL_DECISION, APPRAISAL_DECISION_MISSING),
            UnitAssessmentProcess.Elements.REGISTER, new Choice(TARGET_LEVEL, LEVEL_MISSING),
            UnitAssessmentProcess.Elements.REGISTER_LATE, new Choice(TARGET_LEVEL, LEVEL_MISSING),
            UnitAssessmentProcess.Elements.GIVE_OPINION, new Choice(OPINION, OPINION_MISSING),
            UnitAssessmentProcess.Elements.VERIFY, new Choice(VERIFICATION_RESULT, VERIFICATION_MISSING),
            UnitAssessmentProcess.Elements.RECOGNIZE, new Choice(RECOGNITION_DECISION, RECOGNITION_MISSING),
            ProvinceCampaignProcess.Elements.SEND_REPORT, new Choice(ProvinceCampaignProcess.Variables.REPORT_SENT, REPORT_NOT_CONFIRMED));

    @Override
    public void check(DelegateTask task, Map<String, Object> submitted) {
        Choice choice = CHOICES.get(task.getTaskDefinitionKey());
        if (choice == null) {
            return;
        }
        Object value = TaskCompletionCheck.valueAfter(task, submitted, choice.variable());
        if (value == null || value.toString().isBlank() || Boolean.FALSE.equals(value)) {
            throw new BadUserRequestException(choice.message());
        }
    }
}
