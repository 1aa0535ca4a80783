package vn.dxflow.cycle;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dxflow.engine.EveryUserTask;
import vn.dxflow.notification.Message;
import vn.dxflow.notification.NotificationKind;
import vn.dxflow.notification.Notifications;

/**
 * Tells the people a task of a campaign is for that it is there: the members of its candidate groups, or its
 * assignee (a steering-committee member's opinion). A supplement task says what the council asks for.
 */
@Component
@Order(2)
class TaskNotifications extends AbstractProcessEnginePlugin {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Lazily: writing notifications needs the engine this plugin configures. */
    private final ObjectProvider<Notifications> notifications;

    TaskNotifications(ObjectProvider<Notifications> notifications) {
        this.notifications = notifications;
    }

    /** A deadline at midnight in Vietnam is the end of the day before ("hết ngày 30/11/2025"), as the calendar says. */
    static String due(Instant due) {
        ZonedDateTime local = due.atZone(CampaignConfig.ZONE);
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? "hết ngày " + DAY.format(local.minusDays(1))
                : TIME.format(local);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, this::announce);
    }

    private void announce(DelegateTask task) {
        if (!(task.getVariable(UnitAssessmentProcess.Variables.CAMPAIGN_ID) instanceof String)) {
            return;
        }
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
        boolean supplement = UnitAssessmentProcess.Elements.SUPPLEMENT.equals(task.getTaskDefinitionKey());
        StringBuilder body = new StringBuilder(supplement
                ? "Hội đồng thẩm định yêu cầu bổ sung hồ sơ.\n" : "Có công việc mới cần xử lý.\n");
        body.append("\nCông việc: ").append(task.getName());
        if (task.getDueDate() != null) {
            body.append("\nHạn xử lý: ").append(due(task.getDueDate().toInstant()));
        }
        if (supplement && task.getVariable(UnitAssessmentProcess.Variables.SUPPLEMENT_REQUEST) instanceof String request) {
            body.append("\nNội dung yêu cầu: ").append(request);
        }
        NotificationKind kind = supplement ? NotificationKind.SUPPLEMENT_REQUESTED : NotificationKind.TASK_ASSIGNED;
        notifications.getObject().send(new Message(kind, "task:" + task.getId(), groups,
                task.getAssignee() == null ? List.of() : List.of(task.getAssignee()),
                kind.label() + ": " + task.getName(), body.toString(), Message.taskLink(task.getId())));
    }
}
