package org.xiangli.eldercare;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiangli.InstanceName;
import org.xiangli.security.CurrentCaller;
import org.xiangli.time.MachineTime;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings the alert changes other instances committed to this instance's subscribers: every
 * {@code live.poll-interval} it reads the {@code alert_change_outbox} rows after the last id it saw
 * (in id order), loads their alerts and hands them to {@link AlertChanges}. The database is the one
 * thing all instances share, so this needs no other server and works the same with one instance.
 * An auto-increment id is taken at INSERT but becomes visible at COMMIT, so a row may appear after a
 * higher one was read: ids skipped between two read rows are looked for again for
 * {@code live.gap-wait} (a rolled-back transaction leaves a gap that never fills). Rows older than
 * {@code live.retention} are deleted.
 */
@Component
class AlertChangeFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AlertChangeFeed.class);
    private static final int PAGE = 1000;
    private static final int MAX_GAPS = 10_000;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private record Row(long id, long alertId, AlertChange.Action action, String origin) {
    }

    private final JdbcClient jdbc;
    private final Alerts alerts;
    private final AlertChanges changes;
    private final TransactionTemplate readOnly;
    private final String instance;
    private final ElderCareProperties.Live settings;
    private final Map<Long, Long> gaps = new LinkedHashMap<>(); // missing id -> when first missed (nanoTime)
    private volatile Thread thread;
    private long last;
    private long prunedAt;

    AlertChangeFeed(JdbcClient jdbc, Alerts alerts, AlertChanges changes, PlatformTransactionManager transactions,
                    InstanceName instance, ElderCareProperties properties) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.changes = changes;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.instance = instance.value();
        this.settings = properties.live();
    }

    @Override
    public void start() {
        last = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM alert_change_outbox").query(Long.class).single();
        prunedAt = System.nanoTime();
        thread = Thread.ofPlatform().daemon().name("eldercare-alert-feed").start(this::run);
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                Thread.sleep(settings.pollInterval());
                poll();
                if (System.nanoTime() - prunedAt > PRUNE_EVERY.toNanos()) {
                    prune();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Live alerts of other instances not read ({}); trying again", e.getMessage());
            }
        }
    }

    /** Reads what other instances committed since the last poll and delivers it; returns the changes delivered. */
    synchronized int poll() {
        List<Row> rows = new ArrayList<>(jdbc.sql("SELECT id, alert_id, action, origin FROM alert_change_outbox WHERE id > ? ORDER BY id LIMIT " + PAGE)
                .param(last).query(AlertChangeFeed::row).list());
        expireGaps();
        if (!gaps.isEmpty()) {
            rows.addAll(jdbc.sql("SELECT id, alert_id, action, origin FROM alert_change_outbox WHERE id IN (:ids)")
                    .param("ids", gaps.keySet()).query(AlertChangeFeed::row).list());
        }
        long now = System.nanoTime();
        for (Row row : rows) {
            if (gaps.remove(row.id()) == null && row.id() > last) {
                for (long missing = last + 1; missing < row.id() && gaps.size() < MAX_GAPS; missing++) {
                    gaps.put(missing, now);
                }
                last = row.id();
            }
        }
        List<Row> others = rows.stream().filter(row -> !instance.equals(row.origin())).toList();
        if (!others.isEmpty()) {
            deliver(others);
        }
        return others.size();
    }

    private void deliver(List<Row> rows) {
        Map<Long, Alert> loaded = CurrentCaller.asSystem(() -> readOnly.execute(status -> alerts.findByIdIn(ids(rows)).stream()
                .collect(Collectors.toMap(Alert::getId, Function.identity()))));
        rows.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).forEach(row -> {
            Alert alert = loaded.get(row.alertId());
            if (alert != null) {
                changes.deliver(new AlertChange(row.action(), alert));
            }
        });
    }

    private static Collection<Long> ids(List<Row> rows) {
        return rows.stream().map(Row::alertId).collect(Collectors.toSet());
    }

    private void expireGaps() {
        long deadline = System.nanoTime() - settings.gapWait().toNanos();
        gaps.values().removeIf(since -> since < deadline);
    }

    private void prune() {
        int deleted = jdbc.sql("DELETE FROM alert_change_outbox WHERE created_at < ?")
                .param(Timestamp.from(MachineTime.now().minus(settings.retention()))).update();
        prunedAt = System.nanoTime();
        if (deleted > 0) {
            log.debug("Pruned {} alert changes from the outbox", deleted);
        }
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("alert_id"), AlertChange.Action.valueOf(rs.getString("action")), rs.getString("origin"));
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
