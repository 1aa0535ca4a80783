package vn.dxflow.cluster;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * PostgreSQL advisory locks, seen by every node on the database. A lock held for some work lives on a connection
 * of its own, so the work's transactions are free to commit; a lock held until the transaction ends is taken on
 * the transaction's own connection ({@code pg_advisory_xact_lock}), which PostgreSQL releases at commit or
 * rollback, also when the node dies.
 */
final class PostgresAdvisoryLocks implements ClusterLocks {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    PostgresAdvisoryLocks(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public <T, E extends Exception> T exclusive(String name, Work<T, E> work) throws E {
        return holding(name, "pg_advisory_lock", "pg_advisory_unlock", work);
    }

    @Override
    public <T, E extends Exception> T sharedUntilTransactionEnds(String name, Work<T, E> work) throws E {
        JvmLocks.requireTransaction(name);
        jdbc.queryForList("select pg_advisory_xact_lock_shared(?)", key(name));
        return work.run();
    }

    @Override
    public <T> T exclusiveUntilTransactionEnds(String name, Supplier<T> work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return exclusive(name, work::get);
        }
        // JdbcTemplate runs on the connection bound to the current transaction, as the engine's statements do.
        jdbc.queryForList("select pg_advisory_xact_lock(?)", key(name));
        return work.get();
    }

    @Override
    public boolean waiting(String name) {
        long key = key(name);
        Integer waiting = jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and not granted"
                + " and classid = ? and objid = ? and objsubid = 1", Integer.class,
                (int) (key >>> 32), (int) key);
        return waiting != null && waiting > 0;
    }

    private <T, E extends Exception> T holding(String name, String lock, String unlock, Work<T, E> work) throws E {
        long key = key(name);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            call(connection, lock, key);
            return work.run();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot take the cluster lock " + name, e);
        } finally {
            release(connection, unlock, key);
        }
    }

    private static void release(Connection connection, String unlock, long key) {
        if (connection == null) {
            return;
        }
        try (connection) {
            call(connection, unlock, key);
        } catch (SQLException e) {
            // A session that could not unlock must not go back to the pool holding the lock: ending the session
            // makes PostgreSQL drop every lock it held.
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // the pool discards a broken connection when it next checks it
            }
        }
    }

    private static void call(Connection connection, String function, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, key);
            statement.execute();
        }
    }

    /** 64 bits of the name's SHA-256: PostgreSQL's advisory lock space is one bigint. */
    static long key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
