package vn.dxflow.report;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine query without the caller's Camunda authentication. Only after {@code UnitAccess} has let the
 * caller see the unit: a report also names the signers and, for decisions and the province's report, other units.
 */
final class Unrestricted {

    private Unrestricted() {
    }

    static <T> T query(IdentityService identity, Supplier<T> query) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            identity.setAuthentication(caller);
        }
    }
}
