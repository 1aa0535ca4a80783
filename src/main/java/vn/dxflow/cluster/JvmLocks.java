package vn.dxflow.cluster;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The locks of a single node (the H2 database of the default run cannot be shared): striped, fixed memory. */
final class JvmLocks implements ClusterLocks {

    private final ReentrantReadWriteLock[] locks = IntStream.range(0, 256)
            .mapToObj(i -> new ReentrantReadWriteLock(true)).toArray(ReentrantReadWriteLock[]::new);

    @Override
    public <T, E extends Exception> T exclusive(String name, Work<T, E> work) throws E {
        return holding(of(name).writeLock(), work);
    }

    @Override
    public <T, E extends Exception> T sharedUntilTransactionEnds(String name, Work<T, E> work) throws E {
        requireTransaction(name);
        untilTransactionEnds(of(name).readLock());
        return work.run();
    }

    @Override
    public <T> T exclusiveUntilTransactionEnds(String name, Supplier<T> work) {
        Lock lock = of(name).writeLock();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return holding(lock, work::get);
        }
        untilTransactionEnds(lock);
        return work.get();
    }

    private static void untilTransactionEnds(Lock lock) {
        lock.lock();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                lock.unlock();
            }
        });
    }

    static void requireTransaction(String name) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("The lock " + name + " is held until a transaction ends: start one first");
        }
    }

    @Override
    public boolean waiting(String name) {
        return of(name).hasQueuedThreads();
    }

    private static <T, E extends Exception> T holding(Lock lock, Work<T, E> work) throws E {
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }

    private ReentrantReadWriteLock of(String name) {
        return locks[Math.floorMod(name.hashCode(), locks.length)];
    }
}
