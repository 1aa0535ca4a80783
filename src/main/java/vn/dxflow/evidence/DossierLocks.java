package vn.dxflow.evidence;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a dossier's freeze and its changes apart on this node. Changes (uploads, deletions) share the dossier;
 * the freeze has it alone from the moment it starts until its transaction ends, so an upload still running
 * when the official submits is either in the seal or refused afterwards, never stored unsealed in a frozen
 * dossier. Striped so memory stays fixed.
 */
@Component
class DossierLocks {

    private final ReentrantReadWriteLock[] locks = IntStream.range(0, 256)
            .mapToObj(i -> new ReentrantReadWriteLock(true)).toArray(ReentrantReadWriteLock[]::new);

    /** A change of a dossier: an upload reads its content, hence the checked exception. */
    interface Change<T> {
        T run() throws IOException;
    }

    /** Runs a change of the dossier; it waits while the dossier is being frozen. */
    <T> T changing(String unitCode, int year, Change<T> change) throws IOException {
        ReentrantReadWriteLock.ReadLock lock = of(unitCode, year).readLock();
        lock.lock();
        try {
            return change.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the dossier for its freeze once the changes under way are done; it is released when the current
     * transaction ends (committed or rolled back), or at once outside a transaction.
     */
    <T> T freezing(String unitCode, int year, Supplier<T> freeze) {
        ReentrantReadWriteLock.WriteLock lock = of(unitCode, year).writeLock();
        lock.lock();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            try {
                return freeze.get();
            } finally {
                lock.unlock();
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                lock.unlock();
            }
        });
        return freeze.get();
    }

    /** True while a change or a freeze waits for this dossier (for tests of the ordering). */
    boolean waiting(String unitCode, int year) {
        return of(unitCode, year).hasQueuedThreads();
    }

    private ReentrantReadWriteLock of(String unitCode, int year) {
        return locks[Math.floorMod(Objects.hash(unitCode, year), locks.length)];
    }
}
