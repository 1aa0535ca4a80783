package vn.dxflow.evidence;

import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.dxflow.cluster.ClusterLocks;

/**
 * Keeps a dossier's freeze and its changes apart on every node. Changes (uploads, deletions) share the dossier;
 * the freeze has it alone from the moment it starts until its transaction ends, so an upload still running
 * when the official submits is either in the seal or refused afterwards, never stored unsealed in a frozen
 * dossier.
 */
@Component
class DossierLocks {

    private final ClusterLocks locks;

    DossierLocks(ClusterLocks locks) {
        this.locks = locks;
    }

    /** Runs a change of the dossier; it waits while the dossier is being frozen. */
    <T> T changing(String unitCode, int year, ClusterLocks.Work<T, IOException> change) throws IOException {
        return locks.shared(name(unitCode, year), change);
    }

    /**
     * Takes the dossier for its freeze once the changes under way are done; it is released when the current
     * transaction ends (committed or rolled back), or at once outside a transaction.
     */
    <T> T freezing(String unitCode, int year, Supplier<T> freeze) {
        return locks.exclusiveUntilTransactionEnds(name(unitCode, year), freeze);
    }

    /** True while a change or a freeze waits for this dossier (for tests of the ordering). */
    boolean waiting(String unitCode, int year) {
        return locks.waiting(name(unitCode, year));
    }

    private static String name(String unitCode, int year) {
        return "dossier/" + unitCode + "/" + year;
    }
}
