package org.xiangli.eldercare;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiangli.InstanceName;
import org.xiangli.security.CurrentCaller;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Runs {@link RuleEvaluation} every {@code xiangli.eldercare.schedule.interval} on whichever
 * instance takes the ShedLock lock first, so the job runs exactly once across instances. The lock
 * uses the database's clock, so instances with drifting clocks still agree; {@code locked_by} names
 * the instance holding it ({@link InstanceName}).
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
        if (outcome.raised() + outcome.escalated() + outcome.wentOffline() > 0) {
            log.info("Elder-care rules: {} alerts raised, {} escalated, {} devices went offline",
                    outcome.raised(), outcome.escalated(), outcome.wentOffline());
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

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
    static class Locking {

        @Bean
        LockProvider lockProvider(DataSource dataSource, InstanceName instance) {
            return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(new JdbcTemplate(dataSource))
                    .usingDbTime()
                    .withLockedByValue(instance.value())
                    .build());
        }
    }
}
