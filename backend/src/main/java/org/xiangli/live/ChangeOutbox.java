package org.xiangli.live;

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
 * Writes every {@link LiveChange} to {@code change_outbox} in the transaction that made it, so the
 * change reaches the other instances exactly when it commits, and never when it rolls back, and
 * hands it to this instance's subscribers once it has committed. The changes of one transaction are
 * written together, in one batched INSERT, just before it commits. The time is the machine's, not
 * the rules' clock (which tests move): it only decides when a row is pruned.
 */
@Component
class ChangeOutbox {

    private static final String INSERT = "INSERT INTO change_outbox (topic, entity_id, action, origin, created_at) VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final InstanceName instance;
    private final ChangeStreams streams;

    ChangeOutbox(JdbcTemplate jdbc, InstanceName instance, ChangeStreams streams) {
        this.jdbc = jdbc;
        this.instance = instance;
        this.streams = streams;
    }

    /** Runs in the publishing transaction; a change published outside one is written and delivered at once. */
    @EventListener
    void changed(LiveChange change) {
        Topic<?, ?> topic = streams.of(change);
        Object[] row = {topic.name(), change.entityId(), change.action().name(), instance.value(), Timestamp.from(MachineTime.now())};
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.batchUpdate(INSERT, List.<Object[]>of(row));
            topic.deliver(change);
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.rows.add(row);
        pending.changes.add(change);
    }

    /** The changes of one transaction: written before it commits, delivered here after. */
    private final class Pending implements TransactionSynchronization {
        private final List<Object[]> rows = new ArrayList<>();
        private final List<LiveChange> changes = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            jdbc.batchUpdate(INSERT, rows);
        }

        @Override
        public void afterCommit() {
            changes.forEach(change -> streams.of(change).deliver(change));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ChangeOutbox.this);
        }
    }
}
