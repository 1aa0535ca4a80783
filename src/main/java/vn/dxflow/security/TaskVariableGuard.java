package vn.dxflow.security;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whoever completes a task may set only the variables that the task's form declares (its form fields, or the
 * names listed in the task's {@code allowedVariables} property), with an enum field's declared values. Without
 * this, a commune official completing the self-assessment could also send {@code appraisalGroup=officer…} or
 * {@code campaignId=…} and appraise their own dossier or move their own deadline: Camunda stores every variable
 * a completion carries, and the models read their authorities and deadlines from variables.
 */
@Component
class TaskVariableGuard extends AbstractProcessEnginePlugin {

    /** Extension property of a user task listing further variables its (embedded) form may send. */
    static final String ALLOWED_VARIABLES_PROPERTY = "allowedVariables";

    /** The longest text a completion may carry (Camunda's TEXT_ column). */
    static final int MAX_TEXT_LENGTH = 4000;

    private static final Logger log = LoggerFactory.getLogger(TaskVariableGuard.class);
    private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");
    private static final Field ESCALATION_VARIABLES = field(HandleTaskEscalationCmd.class, "variables");
    private static final Field ERROR_VARIABLES = field(HandleTaskBpmnErrorCmd.class, "variables");

    /** A declared form field: its enum values (empty for other types) and its required/min/max constraints. */
    private record FieldRule(Set<String> values, boolean required, Long min, Long max) {
        static final FieldRule FREE = new FieldRule(Set.of(), false, null, null);
    }

    private record Declared(Map<String, FieldRule> fields) {
    }

    private final ObjectProvider<TaskCompletionCheck> checks;

    TaskVariableGuard(ObjectProvider<TaskCompletionCheck> checks) {
        this.checks = checks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandChecks.inContext(configuration, command -> {
            if (command instanceof CompleteTaskCmd) {
                // Resolving a delegated task ends no step: only the variables are checked then.
                check(read(COMPLETE_TASK_ID, command), read(COMPLETE_VARIABLES, command),
                        !(command instanceof ResolveTaskCmd));
            } else if (command instanceof SubmitTaskFormCmd) {
                check(read(SUBMIT_TASK_ID, command), read(SUBMIT_VARIABLES, command), true);
            } else if (carriesVariables(ESCALATION_VARIABLES, command) || carriesVariables(ERROR_VARIABLES, command)) {
                // A BPMN escalation or error thrown from a task would store its variables like a completion;
                // no DXFlow model catches them from a user task, so they may carry none.
                throw new BadUserRequestException("Không được gửi dữ liệu kèm theo khi báo lỗi hoặc chuyển cấp công việc.");
            }
        });
    }

    private static boolean carriesVariables(Field field, Object command) {
        return field.getDeclaringClass().isInstance(command) && read(field, command) instanceof Map<?, ?> map && !map.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void check(Object taskId, Object submitted, boolean completes) {
        if (taskId == null) {
            return;
        }
        TaskEntity task = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getTaskManager()
                .findTaskById(taskId.toString());
        if (task == null || task.getProcessDefinitionId() == null) {
            return;   // the command itself reports the missing task
        }
        // Camunda's own permission check first: nothing is revealed to someone who may not work on the task.
        org.camunda.bpm.engine.impl.context.Context.getProcessEngineConfiguration().getCommandCheckers()
                .forEach(checker -> checker.checkTaskWork(task));
        requireClaimRespected(task);
        Map<String, Object> variables = submitted == null ? Map.of() : (Map<String, Object>) submitted;
        try {
            Declared declared = checkDeclared(task, variables);
            if (completes) {
                // The business checks first: their messages name the missing choice in the form's own words.
                checks.orderedStream().forEach(check -> check.check(task, variables));
                checkConstraints(task, declared, variables);
            }
        } catch (BadUserRequestException refusal) {
            throw refusal instanceof TaskRefusedException ? refusal : new TaskRefusedException(refusal);
        }
    }

    /**
     * Camunda's TASK_WORK lets every candidate complete a task a colleague has claimed; officials expect a claim to
     * reserve the task (Tasklist shows who holds it), so only the assignee (or an administrator) completes it.
     */
    private static void requireClaimRespected(TaskEntity task) {
        var commandContext = org.camunda.bpm.engine.impl.context.Context.getCommandContext();
        var authentication = commandContext.getAuthentication();
        if (task.getAssignee() == null || authentication == null || task.getAssignee().equals(authentication.getUserId())
                || commandContext.getAuthorizationManager().isCamundaAdmin(authentication)) {
            return;
        }
        log.warn("Refused completion of task {} by {}: claimed by {}", task.getId(), authentication.getUserId(),
                task.getAssignee());
        throw new TaskRefusedException(new BadUserRequestException("Công việc này đã được " + task.getAssignee()
                + " nhận xử lý. Chỉ người đã nhận mới hoàn thành được; hãy đề nghị họ trả lại công việc nếu cần."));
    }

    private static Declared checkDeclared(TaskEntity task, Map<String, Object> variables) {
        Declared declared = declared(task);
        for (Map.Entry<String, Object> entry : variables.entrySet()) {
            String name = entry.getKey();
            if (!declared.fields().containsKey(name)) {
                log.warn("Refused completion of task {} ({}): undeclared variable '{}'", task.getId(),
                        task.getTaskDefinitionKey(), name);
                // Tasklist shows the message as HTML: only a plain field name is repeated back.
                throw new BadUserRequestException(name.matches("\\w{1,64}")
                        ? "Biểu mẫu của công việc này không có trường '" + name + "'."
                        : "Biểu mẫu của công việc này không có trường đã gửi.");
            }
            Set<String> values = declared.fields().get(name).values();
            Object value = TaskCompletionCheck.valueAfter(task, variables, name);
            if (!values.isEmpty() && value != null && !values.contains(value.toString())) {
                log.warn("Refused completion of task {}: '{}' is not a value of field '{}'", task.getId(), value, name);
                throw new BadUserRequestException("Giá trị đã chọn không hợp lệ cho trường '" + name + "'.");
            }
            // Camunda keeps a text variable in a 4,000-character column: longer text would fail as a server error.
            if (value instanceof String text && text.length() > MAX_TEXT_LENGTH) {
                throw new BadUserRequestException("Nội dung nhập dài quá " + MAX_TEXT_LENGTH + " ký tự; vui lòng rút gọn.");
            }
        }
        return declared;
    }

    /** What Tasklist's form submission validates, checked for the REST API's plain completion too. */
    private static void checkConstraints(TaskEntity task, Declared declared, Map<String, Object> variables) {
        declared.fields().forEach((name, rule) -> {
            Object value = TaskCompletionCheck.valueAfter(task, variables, name);
            if (rule.required() && (value == null || value.toString().isBlank())) {
                throw new BadUserRequestException("Vui lòng nhập trường bắt buộc '" + name + "'.");
            }
            if (value != null && (rule.min() != null || rule.max() != null)) {
                long number;
                try {
                    number = value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().strip());
                } catch (NumberFormatException e) {
                    throw new BadUserRequestException("Trường '" + name + "' phải là một số.");
                }
                if ((rule.min() != null && number < rule.min()) || (rule.max() != null && number > rule.max())) {
                    throw new BadUserRequestException("Trường '" + name + "' phải từ " + rule.min() + " đến " + rule.max() + ".");
                }
            }
        });
    }

    /** Declared names, each with its enum values (empty for other types). */
    private static Declared declared(TaskEntity task) {
        BpmnModelInstance model = org.camunda.bpm.engine.impl.context.Context.getProcessEngineConfiguration()
                .getDeploymentCache().findBpmnModelInstanceForProcessDefinition(task.getProcessDefinitionId());
        UserTask element = model.getModelElementById(task.getTaskDefinitionKey());
        Map<String, FieldRule> fields = new java.util.HashMap<>();
        if (element != null && element.getExtensionElements() != null) {
            element.getExtensionElements().getElementsQuery().filterByType(CamundaFormData.class).list().stream()
                    .flatMap(formData -> formData.getCamundaFormFields().stream())
                    .forEach(field -> fields.put(field.getCamundaId(), rule(field)));
            element.getExtensionElements().getElementsQuery().filterByType(
                    org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                    .flatMap(properties -> properties.getCamundaProperties().stream())
                    .filter(property -> ALLOWED_VARIABLES_PROPERTY.equals(property.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue)
                    .flatMap(list -> Set.of(list.split("\\s*,\\s*")).stream())
                    .forEach(name -> fields.putIfAbsent(name, FieldRule.FREE));
        }
        return new Declared(fields);
    }

    private static FieldRule rule(CamundaFormField field) {
        Set<String> values = Optional.ofNullable(field.getCamundaValues()).orElse(List.of()).stream()
                .map(CamundaValue::getCamundaId).collect(Collectors.toSet());
        boolean required = false;
        Long min = null;
        Long max = null;
        if (field.getCamundaValidation() != null) {
            for (var constraint : field.getCamundaValidation().getCamundaConstraints()) {
                switch (constraint.getCamundaName()) {
                    case "required" -> required = !"boolean".equals(field.getCamundaType());
                    case "min" -> min = Long.valueOf(constraint.getCamundaConfig());
                    case "max" -> max = Long.valueOf(constraint.getCamundaConfig());
                    default -> { }
                }
            }
        }
        return new FieldRule(values, required, min, max);
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field '" + name
                    + "': TaskVariableGuard must be adapted to this Camunda version", e);
        }
    }

    private static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
