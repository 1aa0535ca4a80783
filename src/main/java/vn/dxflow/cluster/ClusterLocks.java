package vn.dxflow.cluster;

import java.util.function.Supplier;

/**
 * Named locks that hold on every DXFlow node sharing the database: PostgreSQL advisory locks in a cluster, plain
 * JVM locks on H2, which only one node can open. A name stands for one thing to keep apart, such as one
 * dossier; different names may rarely share a lock (they are hashed), which costs a wait, never correctness.
 */
public interface ClusterLocks {

    /** Work that holds a lock; it may throw what it throws without the lock. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs the work while holding the lock alone. */
    <T, E extends Exception> T exclusive(String name, Work<T, E> work) throws E;

    /**
     * Takes the lock shared with other shared holders before the work, waiting out an exclusive holder, and keeps it
     * until the current transaction ends. Needs a transaction: the lock is meant to cover the work's changes.
     */
    <T, E extends Exception> T sharedUntilTransactionEnds(String name, Work<T, E> work) throws E;

    /**
     * Takes the lock alone before the work and keeps it until the current transaction ends (committed or rolled
     * back), so nobody sees the lock free while the work's changes are not yet visible; outside a transaction it is
     * released after the work.
     */
    <T> T exclusiveUntilTransactionEnds(String name, Supplier<T> work);

    /** True while someone waits for the lock (for tests of the ordering). */
    boolean waiting(String name);
}
