package vn.dxflow.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API answers a refused completion or form submission with 500 and "Cannot submit task form
 * &lt;id&gt;: &lt;reason&gt;", which Tasklist shows as it is. A refusal of DXFlow's rules is the official's mistake,
 * not a server failure: it becomes 400 with the Vietnamese reason alone; a refused change of a task's notes
 * (which Camunda would answer with 400 and its own text) becomes 403. Other errors keep Camunda's handling.
 */
@Component
class TaskRefusalMapper implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(Mapper.class);
    }

    /** Preferred over Camunda's own mapper of the same type for the refusals only (isMappable). */
    @Priority(1)
    static class Mapper implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException exception) {
            return refusal(exception) != null;
        }

        @Override
        public Response toResponse(RestException exception) {
            Throwable refusal = refusal(exception);
            boolean forbidden = refusal instanceof TaskNotesGuard.NotesRefusedException;
            return Response.status(forbidden ? Response.Status.FORBIDDEN : Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", forbidden ? "AuthorizationException" : "BadUserRequestException",
                            "message", refusal.getMessage()))
                    .build();
        }

        private static Throwable refusal(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof TaskRefusedException || cause instanceof TaskNotesGuard.NotesRefusedException) {
                    return cause;
                }
            }
            return null;
        }
    }
}
