package vn.dxflow.security;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task completion refused by {@link TaskVariableGuard} or a {@link TaskCompletionCheck}: its message is the
 * Vietnamese reason for the official, which {@link TaskRefusalMapper} passes to Tasklist as it is.
 */
class TaskRefusedException extends BadUserRequestException {

    TaskRefusedException(BadUserRequestException refusal) {
        super(refusal.getMessage(), refusal);
    }
}
