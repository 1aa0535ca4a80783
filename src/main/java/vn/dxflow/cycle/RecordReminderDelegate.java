package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records a reminder (or a passed deadline) for the stage named by the task's {@code stage} input. */
@Component("recordReminder")
class RecordReminderDelegate implements JavaDelegate {

    private final ReminderLog reminders;

    RecordReminderDelegate(ReminderLog reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.record(execution.getProcessInstanceId(), (String) execution.getVariable(UNIT_CODE),
                (String) execution.getVariable(CAMPAIGN_ID), Stage.valueOf((String) execution.getVariable(STAGE)));
    }
}
