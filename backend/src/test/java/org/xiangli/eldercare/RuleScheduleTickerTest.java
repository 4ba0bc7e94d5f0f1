package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code @Scheduled} ticker on its own: with the job enabled and a short interval, the rules are
 * evaluated without anyone calling them, again and again, each time under the ShedLock lock. Its own
 * application context, closed after the class, so no ticking job races the other tests' evaluations.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RuleScheduleTickerTest extends ElderCareApiTest {

    @DynamicPropertySource
    static void ticking(DynamicPropertyRegistry registry) {
        registry.add("xiangli.eldercare.schedule.enabled", () -> "true");
        registry.add("xiangli.eldercare.schedule.interval", () -> "300ms");
    }

    @Test
    void theTickerEvaluatesTheRulesByItselfUnderTheLock() {
        Household household = household(freshVillage());
        jdbc.sql("UPDATE device SET created_at = ? WHERE serial = ?")
                .param(Timestamp.from(Instant.now().minus(Duration.ofHours(3)))).param(household.door()).update();
        await().untilAsserted(() -> assertThat(alertsOf(household)).filteredOn(a -> "DEVICE_OFFLINE".equals(a.get("kind"))).hasSize(1));

        Instant locked = lockedAt();
        assertThat(locked).isAfter(Instant.now().minusSeconds(15));
        await().untilAsserted(() -> assertThat(lockedAt()).as("it keeps ticking").isAfter(locked));
    }

    private Instant lockedAt() {
        return jdbc.sql("SELECT locked_at FROM shedlock WHERE name = 'eldercare-rules'").query(Timestamp.class).single().toInstant();
    }
}
