package org.xiangli.eldercare;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiangli.InstanceName;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scheduled rule job through its Spring proxy, as the ticker calls it: it runs only while it
 * holds the {@code shedlock} row lock, and keeps the lock for at least two seconds, so a second
 * instance (or a second tick) meanwhile evaluates nothing. A door contact made to look three hours
 * silent shows whether an evaluation ran: the next one raises DEVICE_OFFLINE for it.
 */
class RuleScheduleLockTest extends ElderCareApiTest {

    private static final String LOCK = "eldercare-rules";

    @Autowired
    private RuleSchedule schedule;

    @Autowired
    private LockProvider locks;

    @Autowired
    private InstanceName instance;

    @Test
    void aRunWhileAnotherInstanceHoldsTheLockEvaluatesNothing() {
        Household household = household(freshVillage());
        silentForThreeHours(household.door());
        SimpleLock held = takeLockAsAnotherInstance();
        try {
            assertThat(schedule.run()).as("locked elsewhere: nothing evaluated").isNull();
            assertThat(offlineAlerts(household)).isZero();
        } finally {
            held.unlock();
        }
        RuleEvaluation.Outcome outcome = schedule.run();
        assertThat(outcome).isNotNull();
        assertThat(outcome.raised()).isGreaterThanOrEqualTo(1);
        assertThat(offlineAlerts(household)).isEqualTo(1);
    }

    @Test
    void aRunKeepsTheLockAtLeastTwoSecondsSoARunRightAfterEvaluatesNothing() {
        Household household = household(freshVillage());
        assertThat(runOnceTheLockIsFree()).isNotNull();
        record Row(Instant lockedAt, Instant lockUntil, String lockedBy) {
        }
        Row row = jdbc.sql("SELECT locked_at, lock_until, locked_by FROM shedlock WHERE name = ?").param(LOCK)
                .query((rs, n) -> new Row(rs.getTimestamp("locked_at").toInstant(), rs.getTimestamp("lock_until").toInstant(),
                        rs.getString("locked_by"))).single();
        assertThat(Duration.between(row.lockedAt(), row.lockUntil())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(row.lockedBy()).as("the instance holding the lock").isEqualTo(instance.value());

        silentForThreeHours(household.door());
        assertThat(schedule.run()).as("within lockAtLeastFor of the last run").isNull();
        assertThat(offlineAlerts(household)).isZero();
        assertThat(runOnceTheLockIsFree()).isNotNull();
        assertThat(offlineAlerts(household)).isEqualTo(1);
    }

    /** Makes a device look as if installed three hours ago and silent since. */
    private void silentForThreeHours(String serial) {
        jdbc.sql("UPDATE device SET created_at = ? WHERE serial = ?")
                .param(Timestamp.from(Instant.now().minus(Duration.ofHours(3)))).param(serial).update();
    }

    private long offlineAlerts(Household household) {
        return alertsOf(household).stream().filter(a -> "DEVICE_OFFLINE".equals(a.get("kind"))).count();
    }

    /** Waits out the lockAtLeastFor of an earlier run. */
    private RuleEvaluation.Outcome runOnceTheLockIsFree() {
        AtomicReference<RuleEvaluation.Outcome> outcome = new AtomicReference<>();
        await().untilAsserted(() -> {
            outcome.set(schedule.run());
            assertThat(outcome.get()).isNotNull();
        });
        return outcome.get();
    }

    private SimpleLock takeLockAsAnotherInstance() {
        AtomicReference<Optional<SimpleLock>> lock = new AtomicReference<>();
        await().untilAsserted(() -> {
            lock.set(locks.lock(new LockConfiguration(Instant.now(), LOCK, Duration.ofSeconds(30), Duration.ZERO)));
            assertThat(lock.get()).isPresent();
        });
        return lock.get().orElseThrow();
    }
}
