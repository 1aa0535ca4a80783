package vn.dxflow.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
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

    private static final Logger log = LoggerFactory.getLogger(TaskVariableGuard.class);
    private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

    private record Declared(Map<String, Set<String>> fields) {
    }

    private final ObjectProvider<TaskCompletionCheck> checks;

    TaskVariableGuard(ObjectProvider<TaskCompletionCheck> checks) {
        this.checks = checks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (command instanceof CompleteTaskCmd) {
                    check(read(COMPLETE_TASK_ID, command), read(COMPLETE_VARIABLES, command));
                } else if (command instanceof SubmitTaskFormCmd) {
                    check(read(SUBMIT_TASK_ID, command), read(SUBMIT_VARIABLES, command));
                }
                return next.execute(command);
            }
        });
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    @SuppressWarnings("unchecked")
    private void check(Object taskId, Object submitted) {
        if (taskId == null) {
            return;
        }
        TaskEntity task = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getTaskManager()
                .findTaskById(taskId.toString());
        if (task == null || task.getProcessDefinitionId() == null) {
            return;   // the command itself reports the missing task
        }
        Map<String, Object> variables = submitted == null ? Map.of() : (Map<String, Object>) submitted;
        checkDeclared(task, variables);
        checks.orderedStream().forEach(check -> check.check(task, variables));
    }

    private static void checkDeclared(TaskEntity task, Map<String, Object> variables) {
        Declared declared = declared(task);
        for (Map.Entry<String, Object> entry : variables.entrySet()) {
            String name = entry.getKey();
            if (!declared.fields().containsKey(name)) {
                log.warn("Refused completion of task {} ({}): undeclared variable '{}'", task.getId(),
                        task.getTaskDefinitionKey(), name);
                throw new BadUserRequestException("Công việc này không nhận trường '" + name + "'.");
            }
            Set<String> values = declared.fields().get(name);
            Object value = entry.getValue() instanceof org.camunda.bpm.engine.variable.value.TypedValue typed
                    ? typed.getValue() : entry.getValue();
            if (!values.isEmpty() && value != null && !values.contains(value.toString())) {
                log.warn("Refused completion of task {}: '{}' is not a value of field '{}'", task.getId(), value, name);
                throw new BadUserRequestException("Giá trị '" + value + "' không hợp lệ cho trường '" + name + "'.");
            }
        }
    }

    /** Declared names, each with its enum values (empty for other types). */
    private static Declared declared(TaskEntity task) {
        BpmnModelInstance model = org.camunda.bpm.engine.impl.context.Context.getProcessEngineConfiguration()
                .getDeploymentCache().findBpmnModelInstanceForProcessDefinition(task.getProcessDefinitionId());
        UserTask element = model.getModelElementById(task.getTaskDefinitionKey());
        Map<String, Set<String>> fields = new java.util.HashMap<>();
        if (element != null && element.getExtensionElements() != null) {
            element.getExtensionElements().getElementsQuery().filterByType(CamundaFormData.class).list().stream()
                    .flatMap(formData -> formData.getCamundaFormFields().stream())
                    .forEach(field -> fields.put(field.getCamundaId(), enumValues(field)));
            element.getExtensionElements().getElementsQuery().filterByType(
                    org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                    .flatMap(properties -> properties.getCamundaProperties().stream())
                    .filter(property -> ALLOWED_VARIABLES_PROPERTY.equals(property.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue)
                    .flatMap(list -> Set.of(list.split("\\s*,\\s*")).stream())
                    .forEach(name -> fields.putIfAbsent(name, Set.of()));
        }
        return new Declared(fields);
    }

    private static Set<String> enumValues(CamundaFormField field) {
        return Optional.ofNullable(field.getCamundaValues()).orElse(List.of()).stream()
                .map(CamundaValue::getCamundaId).collect(Collectors.toSet());
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
