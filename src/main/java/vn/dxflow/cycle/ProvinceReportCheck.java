package vn.dxflow.cycle;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.dxflow.security.TaskCompletionCheck;

/**
 * The province's report may go out while some units are still being assessed (a late appraisal must not hold up
 * the report due on 25/12), but only when whoever sends it confirms that it is incomplete: the form lists those
 * units and asks for the confirmation with the same message (scripts/dxflow-decisions.js).
 */
@Component
class ProvinceReportCheck implements TaskCompletionCheck {

    private final HistoryService history;

    ProvinceReportCheck(HistoryService history) {
        this.history = history;
    }

    static String unconfirmed(long pending) {
        return "Còn " + pending + " đơn vị chưa có kết quả đánh giá: vui lòng xác nhận gửi báo cáo khi chưa đủ kết quả.";
    }

    @Override
    public void check(DelegateTask task, Map<String, Object> submitted) {
        // Until "đã gửi" is ticked the required-field check answers: one message at a time, in the form's order.
        if (!ProvinceCampaignProcess.Elements.SEND_REPORT.equals(task.getTaskDefinitionKey())
                || !Boolean.TRUE.equals(TaskCompletionCheck.valueAfter(task, submitted,
                        ProvinceCampaignProcess.Variables.REPORT_SENT))
                || Boolean.TRUE.equals(TaskCompletionCheck.valueAfter(task, submitted,
                        ProvinceCampaignProcess.Variables.PENDING_UNITS_CONFIRMED))) {
            return;
        }
        long pending = history.createHistoricProcessInstanceQuery().processDefinitionKey(UnitAssessmentProcess.KEY)
                .variableValueEquals(UnitAssessmentProcess.Variables.CAMPAIGN_ID,
                        task.getVariable(ProvinceCampaignProcess.Variables.CAMPAIGN_ID))
                .unfinished().count();
        if (pending > 0) {
            throw new BadUserRequestException(unconfirmed(pending));
        }
    }
}
