package vn.dxflow.cycle;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dxflow.notification.Message;
import vn.dxflow.notification.NotificationKind;
import vn.dxflow.notification.Notifications;
import vn.dxflow.org.Role;

/**
 * Sets the {@code outcome} variable from the end event reached, so reports can list every unit's result, and tells
 * the unit's officers and chairman the result.
 */
@Component("recordOutcome")
class RecordOutcomeListener implements ExecutionListener {

    private final Notifications notifications;
    private final DossierTitles titles;

    RecordOutcomeListener(Notifications notifications, DossierTitles titles) {
        this.notifications = notifications;
        this.titles = titles;
    }

    @Override
    public void notify(DelegateExecution execution) {
        UnitAssessmentProcess.Outcome outcome = UnitAssessmentProcess.Outcome.ofEndEvent(execution.getCurrentActivityId());
        execution.setVariable(UnitAssessmentProcess.Variables.OUTCOME, outcome.name());
        String unitCode = (String) execution.getVariable(UnitAssessmentProcess.Variables.UNIT_CODE);
        String campaignId = (String) execution.getVariable(UnitAssessmentProcess.Variables.CAMPAIGN_ID);
        String dossier = titles.of(campaignId, unitCode).orElse(unitCode + " · " + campaignId);
        String result = switch (outcome) {
            // 0 where the catalog has no levels (pass or fail only).
            case RECOGNIZED -> execution.getVariable(UnitAssessmentProcess.Variables.RECOGNIZED_LEVEL) instanceof Number level
                    && level.intValue() > 0 ? "được công nhận mức " + level.intValue() : "được công nhận";
            case NOT_RECOGNIZED -> "không được công nhận";
            case REFUSED_AS_LATE -> "hồ sơ nộp muộn không được tiếp nhận";
            case NOT_SUBMITTED -> "không nộp hồ sơ đúng hạn, không được đánh giá";
        };
        List<String> groups = new ArrayList<>(List.of(Role.CHAIRMAN.groupId(unitCode)));
        if (execution.getVariable(UnitAssessmentProcess.Variables.OFFICER_GROUP) instanceof String officers) {
            groups.add(officers);
        }
        notifications.send(new Message(NotificationKind.RESULT_PUBLISHED, "result:" + execution.getProcessInstanceId(),
                groups, List.of(), NotificationKind.RESULT_PUBLISHED.label() + ": " + dossier + " – " + result,
                "Hồ sơ: " + dossier + "\nKết quả: " + result + ".", "/ho-so/?id=" + execution.getProcessInstanceId()));
    }
}
