package org.xiangli.live;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Brings the changes other instances committed, of every topic, to this instance's subscribers:
 * every {@code live.poll-interval} it reads the {@code change_outbox} rows after the last id it saw
 * (in id order), loads their entities with one query per topic through the loader the topic was
 * opened with, and hands the changes to the topics' streams in id order. The database is the one
 * thing all instances share, so this needs no other server and works the same with one instance.
 * An auto-increment id is taken at INSERT but becomes visible at COMMIT, so a row may appear after a
 * higher one was read: ids skipped between two read rows are looked for again for
 * {@code live.gap-wait} (a rolled-back transaction leaves a gap that never fills). Rows older than
 * {@code live.retention} are deleted. It reads the last id when it starts, so an instance whose
 * database cannot be reached fails to start rather than serving without live changes.
 */
@Component
class ChangeFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int PAGE = 1000;
    private static final int MAX_GAPS = 10_000;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    /** The poll thread's name, before the instance's: tests leave its statements out of their counts. */
    static final String THREAD = "live-change-feed-";

    private final JdbcClient jdbc;
    private final ChangeStreams streams;
    private final TransactionTemplate readOnly;
    private final String instance;
    private final LiveProperties settings;
    private final Map<Long, Long> gaps = new LinkedHashMap<>(); // missing id -> when first missed (nanoTime)
    private volatile Thread thread;
    private long last;
    private long prunedAt;

    ChangeFeed(JdbcClient jdbc, ChangeStreams streams, PlatformTransactionManager transactions, InstanceName instance,
               LiveProperties settings) {
        this.jdbc = jdbc;
        this.streams = streams;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.instance = instance.value();
        this.settings = settings;
    }

    @Override
    public void start() {
        last = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM change_outbox").query(Long.class).single();
        prunedAt = System.nanoTime();
        // assigned before it runs: the loop ends when this field no longer names it
        Thread feed = Thread.ofPlatform().daemon().name(THREAD + instance).unstarted(this::run);
        thread = feed;
        feed.start();
        log.debug("Live changes of other instances read after outbox id {}", last);
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
                log.warn("Live changes of other instances not read ({}); trying again", e.getMessage());
            }
        }
    }

    /** Reads what other instances committed since the last poll and delivers it. */
    private void poll() {
        List<OutboxRow> rows = new ArrayList<>(jdbc.sql("SELECT " + OutboxRow.COLUMNS + " FROM change_outbox WHERE id > ? ORDER BY id LIMIT " + PAGE)
                .param(last).query(OutboxRow::read).list());
        expireGaps();
        if (!gaps.isEmpty()) {
            rows.addAll(jdbc.sql("SELECT " + OutboxRow.COLUMNS + " FROM change_outbox WHERE id IN (:ids)")
                    .param("ids", gaps.keySet()).query(OutboxRow::read).list());
        }
        long now = System.nanoTime();
        for (OutboxRow row : rows) {
            if (gaps.remove(row.id()) == null && row.id() > last) {
                for (long missing = last + 1; missing < row.id() && gaps.size() < MAX_GAPS; missing++) {
                    gaps.put(missing, now);
                }
                last = row.id();
            }
        }
        List<OutboxRow> others = rows.stream().filter(row -> !instance.equals(row.origin())).toList();
        if (!others.isEmpty()) {
            deliver(others);
        }
    }

    private void deliver(List<OutboxRow> rows) {
        Map<Long, Delivery> changes = CurrentCaller.asSystem(() -> readOnly.execute(status -> restore(rows)));
        rows.stream().map(OutboxRow::id).sorted().map(changes::get).filter(Objects::nonNull)
                .forEach(delivery -> delivery.topic().deliver(delivery.change()));
    }

    /** The changes the rows stand for, by outbox id: one query per topic, none for a topic nobody here listens to. */
    private Map<Long, Delivery> restore(List<OutboxRow> rows) {
        Map<Long, Delivery> changes = new HashMap<>();
        rows.stream().collect(Collectors.groupingBy(OutboxRow::topic)).forEach((name, ofTopic) -> {
            Topic<?, ?> topic = streams.named(name);
            if (topic == null) {
                log.warn("{} live changes of the unknown topic {} skipped", ofTopic.size(), name);
            } else if (topic.stream().subscribers() > 0) {
                topic.restore(ofTopic).forEach((id, change) -> changes.put(id, new Delivery(topic, change)));
            }
        });
        return changes;
    }

    private record Delivery(Topic<?, ?> topic, LiveChange change) {
    }

    private void expireGaps() {
        long deadline = System.nanoTime() - settings.gapWait().toNanos();
        gaps.values().removeIf(since -> since < deadline);
    }

    private void prune() {
        int deleted = jdbc.sql("DELETE FROM change_outbox WHERE created_at < ?")
                .param(Timestamp.from(MachineTime.now().minus(settings.retention()))).update();
        prunedAt = System.nanoTime();
        if (deleted > 0) {
            log.debug("Pruned {} live changes from the outbox", deleted);
        }
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
