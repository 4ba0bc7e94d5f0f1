package org.xiangli.matter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.escalation.EscalationLevel;
import org.xiangli.security.CurrentCaller;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.xiangli.matter.MatterEnums.MatterChangeAction;
import static org.xiangli.matter.MatterInputs.MatterChange;

/**
 * Moves overdue matters (not done, deadline passed) up the shared escalation ladder, one level when
 * the deadline passes and one more for every further {@code xiangli.matters.escalate-every} (a day)
 * they stay overdue, up to the county; each move is an ESCALATED step by {@code system} and a change
 * on the live board. Written in SQL like elder care's escalations (the step history records it).
 */
@Component
class MatterEscalation {

    private static final Logger log = LoggerFactory.getLogger(MatterEscalation.class);

    private final JdbcClient jdbc;
    private final Matters matters;
    private final ApplicationEventPublisher events;
    private final Duration every;

    MatterEscalation(JdbcClient jdbc, Matters matters, ApplicationEventPublisher events,
                     @Value("${xiangli.matters.escalate-every:P1D}") Duration every) {
        this.jdbc = jdbc;
        this.matters = matters;
        this.events = events;
        this.every = every;
    }

    /** Escalates what is overdue at this instant; answers how many matters moved up. */
    @Transactional
    int sweep(Instant now) {
        Timestamp at = Timestamp.from(now.truncatedTo(ChronoUnit.SECONDS));
        List<Long> late = jdbc.sql("""
                        SELECT id FROM matter
                         WHERE status IN ('DISPATCHED', 'IN_HAND') AND deadline < :now AND escalation_level <> 'COUNTY'
                           AND (escalated_at IS NULL OR escalated_at <= :again)
                         FOR UPDATE""")
                .param("now", Timestamp.from(now)).param("again", Timestamp.from(now.minus(every))).query(Long.class).list();
        if (late.isEmpty()) {
            return 0;
        }
        String up = EscalationLevel.upSql("escalation_level");
        jdbc.sql("""
                INSERT INTO matter_step (matter_id, region_code, action, acted_at, actor, note)
                SELECT id, region_code, 'ESCALATED', :at, 'system', CONCAT('overdue: escalated to ', %s)
                  FROM matter WHERE id IN (:ids)""".formatted(up))
                .param("at", at).param("ids", late).update();
        jdbc.sql("""
                UPDATE matter SET escalation_level = %s, escalated_at = :at, version = version + 1, updated_at = :at
                 WHERE id IN (:ids)""".formatted(up))
                .param("at", at).param("ids", late).update();
        matters.findAll((root, query, cb) -> root.get("id").in(late))
                .forEach(matter -> events.publishEvent(new MatterChange(MatterChangeAction.ESCALATED, matter)));
        return late.size();
    }

    /** Runs the sweep on whichever instance takes the lock (escalation/SweepLocking). */
    @Component
    static class Schedule {
        private final MatterEscalation escalation;
        private final Clock clock;

        Schedule(MatterEscalation escalation, Clock clock) {
            this.escalation = escalation;
            this.clock = clock;
        }

        @SchedulerLock(name = "matter-escalation", lockAtMostFor = "PT5M", lockAtLeastFor = "PT2S")
        public int run() {
            int moved = CurrentCaller.asSystem(() -> escalation.sweep(clock.instant()));
            if (moved > 0) {
                log.info("Matters: {} overdue escalated", moved);
            }
            return moved;
        }
    }

    /** Calls {@link Schedule#run()} through its proxy, where the lock is taken. */
    @Component
    static class Ticker {
        private final Schedule schedule;
        private final boolean enabled;

        Ticker(Schedule schedule, @Value("${xiangli.matters.escalation.enabled:true}") boolean enabled) {
            this.schedule = schedule;
            this.enabled = enabled;
        }

        @Scheduled(fixedDelayString = "${xiangli.matters.escalation.interval:60s}",
                initialDelayString = "${xiangli.matters.escalation.interval:60s}")
        void tick() {
            if (enabled) {
                schedule.run();
            }
        }
    }
}
