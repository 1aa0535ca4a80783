package vn.dxflow.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine call as DXFlow itself rather than as the user of the request, for the few steps where DXFlow
 * has already checked the user (with {@link UnitAccess}) and the engine would otherwise refuse a legitimate write
 * or hide what is needed to tell 403 from 404. The user's authentication is always restored.
 */
public final class SystemActions {

    private SystemActions() {
    }

    public static <T> T asSystem(IdentityService identity, Supplier<T> action) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
