package vn.dxflow.security;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dxflow.org.UnitAccessRule;

/**
 * Task comments and attachments have no permission check of their own in Camunda 7.24: anyone logged in could
 * attach bytes to, or read the notes of, any task or process instance whose id he knows. Here a note on a task is
 * written only by whoever may work on the task (its candidates, its assignee) and read by whoever may see it; a note
 * on a process instance alone is read by whoever may see the instance's unit ({@link UnitAccessRule}) and written by
 * administrators only. Engine-internal calls (no authenticated user) are not concerned.
 */
@Component
class TaskNotesGuard extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskNotesGuard.class);

    /** Each command with whether it writes. */
    private static final Map<Class<?>, Boolean> WRITES = Map.ofEntries(
            Map.entry(AddCommentCmd.class, true), Map.entry(CreateAttachmentCmd.class, true),
            Map.entry(DeleteAttachmentCmd.class, true), Map.entry(SaveAttachmentCmd.class, true),
            Map.entry(DeleteTaskCommentCmd.class, true), Map.entry(DeleteProcessInstanceCommentCmd.class, true),
            Map.entry(UpdateCommentCmd.class, true),
            Map.entry(GetAttachmentCmd.class, false), Map.entry(GetAttachmentContentCmd.class, false),
            Map.entry(GetProcessInstanceAttachmentsCmd.class, false), Map.entry(GetProcessInstanceCommentsCmd.class, false),
            Map.entry(GetTaskAttachmentCmd.class, false), Map.entry(GetTaskAttachmentContentCmd.class, false),
            Map.entry(GetTaskAttachmentsCmd.class, false), Map.entry(GetTaskCommentCmd.class, false),
            Map.entry(GetTaskCommentsCmd.class, false));

    private final UnitAccessRule rule;

    TaskNotesGuard(UnitAccessRule rule) {
        this.rule = rule;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandChecks.inContext(configuration, command -> {
            Boolean writes = WRITES.get(command.getClass());
            if (writes != null) {
                check(command, writes);
            }
        });
    }

    private void check(Command<?> command, boolean writes) {
        CommandContext context = Context.getCommandContext();
        Authentication user = context.getAuthentication();
        if (user == null || context.getAuthorizationManager().isCamundaAdmin(user)) {
            return;
        }
        String taskId = (String) field(command, "taskId");
        String processInstanceId = (String) field(command, "processInstanceId");
        Object attachmentId = field(command, "attachmentId");
        if (command instanceof SaveAttachmentCmd) {
            attachmentId = ((Attachment) field(command, "attachment")).getId();
        }
        if (taskId == null && attachmentId != null) {
            AttachmentEntity attachment = context.getDbEntityManager().selectById(AttachmentEntity.class, (String) attachmentId);
            if (attachment == null) {
                return;   // the command reports the missing attachment
            }
            taskId = attachment.getTaskId();
            processInstanceId = attachment.getProcessInstanceId();
        }
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task != null) {
            // A comment names its task and, separately, an instance: both must be the same assessment.
            if (processInstanceId != null && !processInstanceId.equals(task.getProcessInstanceId())) {
                log.warn("Refused {} by {}: task {} is not of instance {}", command.getClass().getSimpleName(),
                        user.getUserId(), taskId, processInstanceId);
                throw refusal(writes);
            }
            checkTask(context, task, writes, user);
            return;
        }
        if (taskId != null && processInstanceId == null) {
            var finished = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
            processInstanceId = finished == null ? null : finished.getProcessInstanceId();
        }
        if (writes || processInstanceId == null || !mayReadInstance(context, processInstanceId, user)) {
            log.warn("Refused {} by {} on task {} / instance {}", command.getClass().getSimpleName(), user.getUserId(),
                    taskId, processInstanceId);
            throw refusal(writes);
        }
    }

    private static void checkTask(CommandContext context, TaskEntity task, boolean writes, Authentication user) {
        try {
            context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> {
                if (writes) {
                    checker.checkTaskWork(task);
                } else {
                    checker.checkReadTask(task);
                }
            });
        } catch (AuthorizationException e) {
            log.warn("Refused a {} of the notes of task {} to {}", writes ? "change" : "reading", task.getId(),
                    user.getUserId());
            throw refusal(writes);
        }
    }

    private boolean mayReadInstance(CommandContext context, String processInstanceId, Authentication user) {
        Map<String, Object> variables = new HashMap<>();
        context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getHistoryService()
                .createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceId)
                .variableNameIn(UnitAccess.UNIT_CODE_VARIABLE, UnitAccess.CAMPAIGN_OPENED_VARIABLE).list())
                .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
        Object unitCode = variables.get(UnitAccess.UNIT_CODE_VARIABLE);
        Object opened = variables.get(UnitAccess.CAMPAIGN_OPENED_VARIABLE);
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        // The instance's supervisors are those of the register its campaign used, as its authorizations were granted.
        return unitCode != null && rule.mayAccess(groups, unitCode.toString(), UnitAccess.campaignOpened(opened));
    }

    private static NotesRefusedException refusal(boolean writes) {
        return new NotesRefusedException(writes
                ? "Chỉ người đang thực hiện công việc này mới được thêm, sửa hoặc xóa ghi chú và tệp đính kèm của nó."
                : "Bạn không có quyền xem ghi chú và tệp đính kèm của công việc hoặc hồ sơ này.");
    }

    /**
     * Camunda's REST API answers engine exceptions of these commands with 400 and its own text;
     * {@link TaskRefusalMapper} recognises this type and answers 403 with the Vietnamese reason.
     */
    static final class NotesRefusedException extends AuthorizationException {
        NotesRefusedException(String vietnamese) {
            super(vietnamese);
        }
    }

    /** A field of Camunda's command, or null when this command has none of that name. */
    private static Object field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // try the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
