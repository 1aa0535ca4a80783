package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.dxflow.notification.Message;
import vn.dxflow.notification.NotificationKind;
import vn.dxflow.notification.Notifications;

/**
 * Records a reminder (or a passed deadline) for the stage named by the task's {@code stage} input, and tells the
 * people the stage's open tasks are for.
 */
@Component("recordReminder")
class RecordReminderDelegate implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(CampaignConfig.ZONE);

    private final ReminderLog reminders;
    private final Notifications notifications;

    RecordReminderDelegate(ReminderLog reminders, Notifications notifications) {
        this.reminders = reminders;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReminderLog.Reminder reminder = reminders.record(execution.getProcessInstanceId(),
                (String) execution.getVariable(UNIT_CODE), (String) execution.getVariable(CAMPAIGN_ID),
                Stage.valueOf((String) execution.getVariable(STAGE)));
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
            List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            boolean passed = reminder.daysBefore() == 0;
            String deadline = "hạn xử lý hết ngày " + DAY.format(reminder.deadline().minusSeconds(1));
            NotificationKind kind = passed ? NotificationKind.DEADLINE_PASSED : NotificationKind.REMINDER;
            notifications.send(new Message(kind, "reminder:" + task.getId() + ":" + reminder.daysBefore(), groups,
                    task.getAssignee() == null ? List.of() : List.of(task.getAssignee()),
                    kind.label() + ": " + task.getName() + " – " + (passed ? "" : "còn " + reminder.daysBefore() + " ngày, ")
                            + deadline,
                    "Công việc: " + task.getName() + "\nGiai đoạn: " + reminder.stage().title() + "\n"
                            + (passed ? "Đã quá hạn, " : "Còn " + reminder.daysBefore() + " ngày, ") + deadline + ".",
                    Message.taskLink(task.getId())));
        }
    }
}
