package org.xiangli.escalation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiangli.InstanceName;
import org.xiangli.support.ApiTest;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one escalation job through its Spring proxy, as the ticker calls it: every feature's sweep
 * (alerts, matters, milestones) runs in one run under the one {@code escalation} lock, which is
 * held at least two seconds, so a run right after (a second instance's tick) does nothing.
 */
class EscalationScheduleTest extends ApiTest {

    @Autowired
    private EscalationSchedule schedule;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private InstanceName instance;

    @Test
    void oneRunSweepsEveryFeatureUnderOneLock() {
        AtomicReference<Map<String, Integer>> first = new AtomicReference<>();
        await().untilAsserted(() -> {
            first.set(schedule.run());
            assertThat(first.get()).isNotNull();
        });
        assertThat(first.get()).containsOnlyKeys("alerts", "matters", "milestones");
        assertThat(schedule.run()).as("within lockAtLeastFor of the last run").isNull();

        record Row(Timestamp lockedAt, Timestamp lockUntil, String lockedBy) {
        }
        Row row = jdbc.sql("SELECT locked_at, lock_until, locked_by FROM shedlock WHERE name = ?").param(EscalationSchedule.LOCK)
                .query((rs, n) -> new Row(rs.getTimestamp("locked_at"), rs.getTimestamp("lock_until"), rs.getString("locked_by"))).single();
        assertThat(Duration.between(row.lockedAt().toInstant(), row.lockUntil().toInstant())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(row.lockedBy()).isEqualTo(instance.value());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name IN ('matter-escalation', 'escort-milestones')")
                .query(Long.class).single()).as("the features' own locks are gone").isZero();
    }
}
