package org.xiangli.escalation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiangli.security.CurrentCaller;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one escalation job: every {@code xiangli.escalation.interval} it runs each feature's
 * {@link EscalationSweep} at the same instant, as the platform, on whichever instance takes the
 * {@code escalation} ShedLock lock (held at least two seconds, so a second instance's tick right
 * after does nothing). A sweep that fails is logged and the others still run.
 */
@Component
class EscalationSchedule {

    static final String LOCK = "escalation";

    private static final Logger log = LoggerFactory.getLogger(EscalationSchedule.class);

    private final List<EscalationSweep> sweeps;
    private final Clock clock;

    EscalationSchedule(List<EscalationSweep> sweeps, Clock clock) {
        this.sweeps = sweeps;
        this.clock = clock;
    }

    /** One sweep of every feature at the current time; null when another instance holds the lock. */
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M", lockAtLeastFor = "PT2S")
    public @Nullable Map<String, Integer> run() {
        Instant now = clock.instant();
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (EscalationSweep sweep : sweeps) {
            try {
                moved.put(sweep.name(), CurrentCaller.asSystem(() -> sweep.escalateDue(now)));
            } catch (RuntimeException e) {
                log.warn("Escalation: the {} sweep failed; the other sweeps ran, it is tried again at the next tick", sweep.name(), e);
            }
        }
        if (moved.values().stream().anyMatch(count -> count > 0)) {
            log.info("Escalation: {}", moved);
        }
        return moved;
    }

    /** Calls {@link #run()} through its proxy, where the lock is taken. */
    @Component
    static class Ticker {
        private final EscalationSchedule schedule;
        private final boolean enabled;

        Ticker(EscalationSchedule schedule, @Value("${xiangli.escalation.enabled:true}") boolean enabled) {
            this.schedule = schedule;
            this.enabled = enabled;
        }

        @Scheduled(fixedDelayString = "${xiangli.escalation.interval:15s}", initialDelayString = "${xiangli.escalation.interval:15s}")
        void tick() {
            if (enabled) {
                schedule.run();
            }
        }
    }
}
