package org.xiangli.eldercare;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xiangli.InstanceName;
import org.xiangli.time.MachineTime;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every {@link AlertChange} to {@code alert_change_outbox} in the transaction that made it,
 * so the change reaches the other instances exactly when it commits, and never when it rolls back.
 * The changes of one transaction are written together, in one batched INSERT, just before it
 * commits. The time is the machine's, not the rules' clock (which tests move): it only decides
 * when a row is pruned.
 */
@Component
class AlertChangeOutbox {

    private static final String INSERT = "INSERT INTO alert_change_outbox (alert_id, action, origin, created_at) VALUES (?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final InstanceName instance;

    AlertChangeOutbox(JdbcTemplate jdbc, InstanceName instance) {
        this.jdbc = jdbc;
        this.instance = instance;
    }

    /** Runs in the publishing transaction; a change published outside one is written at once. */
    @EventListener
    void changed(AlertChange change) {
        Object[] row = {change.alert().getId(), change.action().name(), instance.value(), Timestamp.from(MachineTime.now())};
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.batchUpdate(INSERT, List.<Object[]>of(row));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.rows.add(row);
    }

    /** The changes of one transaction, written before it commits. */
    private final class Pending implements TransactionSynchronization {
        private final List<Object[]> rows = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            jdbc.batchUpdate(INSERT, rows);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AlertChangeOutbox.this);
        }
    }
}
