package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import java.util.Map;
import vn.dxflow.security.TaskCompletionCheck;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A supplement request needs its content and at least one day before the appraisal deadline: the supplement
 * must come back while the council can still appraise it (BRIEF section 2.5).
 */
@Component
class AppraisalCheck implements TaskCompletionCheck {

    private final Campaigns campaigns;

    AppraisalCheck(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void check(DelegateTask task, Map<String, Object> submitted) {
        if (!UnitAssessmentProcess.Elements.APPRAISE.equals(task.getTaskDefinitionKey())
                || !UnitAssessmentProcess.Values.SUPPLEMENT.equals(TaskCompletionCheck.valueAfter(task, submitted, APPRAISAL_DECISION))) {
            return;
        }
        Object request = TaskCompletionCheck.valueAfter(task, submitted, SUPPLEMENT_REQUEST);
        if (request == null || request.toString().isBlank()) {
            throw new BadUserRequestException("Vui lòng ghi rõ nội dung yêu cầu bổ sung hồ sơ.");
        }
        Instant appraisalCutOff = campaigns.get((String) task.getVariable(CAMPAIGN_ID)).calendar().cutOff(Stage.APPRAISAL);
        if (ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1)).isAfter(appraisalCutOff)) {
            throw new BadUserRequestException(
                    "Chỉ còn chưa đầy một ngày là đến hạn thẩm định nên không thể yêu cầu bổ sung hồ sơ; vui lòng hoàn thành thẩm định.");
        }
    }
}
