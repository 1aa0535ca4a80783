package vn.dxflow.security;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A business rule on completing a task, checked before the completion runs; a refusal is a
 * {@link org.camunda.bpm.engine.BadUserRequestException} whose Vietnamese message Tasklist and the REST API show
 * as it is (a task listener's exception would reach the user wrapped in Camunda's own text).
 */
public interface TaskCompletionCheck {

    /**
     * @param task      the task being completed (its variables as they are before the completion)
     * @param submitted the variables the completion carries (already limited to the form's declared ones)
     */
    void check(DelegateTask task, Map<String, Object> submitted);

    /** The value a variable will have after the completion. */
    static Object valueAfter(DelegateTask task, Map<String, Object> submitted, String name) {
        Object value = submitted.containsKey(name) ? submitted.get(name) : task.getVariable(name);
        return value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed ? typed.getValue() : value;
    }
}
