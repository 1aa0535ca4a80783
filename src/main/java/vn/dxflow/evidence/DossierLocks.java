package vn.dxflow.evidence;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.dxflow.cluster.ClusterLocks;

/**
 * Keeps a dossier's freeze and its changes apart on every node, each for the length of its transaction. A change
 * (recording an upload in the index, a deletion) shares the dossier and checks that it is open; the freeze has the
 * dossier alone from the moment it starts until its transaction ends. So a change is either in the seal or, when it
 * comes after, refused: a frozen dossier never holds an unsealed document. The upload's transfer itself holds no
 * lock: it is checked again when it is recorded.
 */
@Component
class DossierLocks {

    private final ClusterLocks locks;

    DossierLocks(ClusterLocks locks) {
        this.locks = locks;
    }

    /** Runs a change of the dossier within the caller's transaction; it waits while the dossier is being frozen. */
    <T, E extends Exception> T changing(String unitCode, int year, ClusterLocks.Work<T, E> change) throws E {
        return locks.sharedUntilTransactionEnds(name(unitCode, year), change);
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
