package org.xiangli.eldercare;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiangli.security.CurrentCaller;

import java.time.Clock;

/**
 * Runs {@link RuleEvaluation} (the rules, not the escalations: those are the escalation module's one
 * sweep) every {@code xiangli.eldercare.schedule.interval} on whichever
 * instance takes the ShedLock lock first, so the job runs exactly once across instances. The lock
 * uses the database's clock, so instances with drifting clocks still agree; {@code locked_by} names
 * the instance holding it (the shared lock of escalation/SweepLocking).
 */
@Component
class RuleSchedule {

    private static final Logger log = LoggerFactory.getLogger(RuleSchedule.class);

    private final RuleEvaluation evaluation;
    private final Clock clock;

    RuleSchedule(RuleEvaluation evaluation, Clock clock) {
        this.evaluation = evaluation;
        this.clock = clock;
    }

    /** One evaluation at the current time, if no other instance is running one. */
    @SchedulerLock(name = "eldercare-rules", lockAtMostFor = "PT5M", lockAtLeastFor = "PT2S")
    public RuleEvaluation.Outcome run() {
        RuleEvaluation.Outcome outcome = CurrentCaller.asSystem(() -> evaluation.evaluate(clock.instant(), ""));
        if (outcome.raised() + outcome.wentOffline() > 0) {
            log.info("Elder-care rules: {} alerts raised, {} devices went offline", outcome.raised(), outcome.wentOffline());
        }
        return outcome;
    }

    /** Calls {@link #run()} through its proxy, where the lock is taken. */
    @Component
    static class Ticker {
        private final RuleSchedule schedule;
        private final ElderCareProperties properties;

        Ticker(RuleSchedule schedule, ElderCareProperties properties) {
            this.schedule = schedule;
            this.properties = properties;
        }

        @Scheduled(fixedDelayString = "${xiangli.eldercare.schedule.interval:15s}",
                initialDelayString = "${xiangli.eldercare.schedule.interval:15s}")
        void tick() {
            if (properties.schedule().enabled()) {
                schedule.run();
            }
        }
    }
}
