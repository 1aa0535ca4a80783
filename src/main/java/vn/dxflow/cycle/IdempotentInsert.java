package vn.dxflow.cycle;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts a row that concurrent transactions may insert too (the first number of a register's year, a catalog
 * version), in a transaction of its own: the loser's duplicate key is ignored instead of failing the user's step
 * (on PostgreSQL a failed statement aborts the whole transaction).
 */
@Component
class IdempotentInsert {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    IdempotentInsert(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void insert(String sql, Object... arguments) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(sql, arguments));
        } catch (DuplicateKeyException insertedAtTheSameTime) {
            // the row is there, as wanted
        }
    }
}
