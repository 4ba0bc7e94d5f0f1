package org.xiangli.escalation;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.xiangli.InstanceName;

import javax.sql.DataSource;

/**
 * The scheduled sweeps and their lock: a method annotated {@code @SchedulerLock(name = …)} runs on
 * whichever instance takes the lock first, so a sweep runs exactly once across instances. The lock
 * uses the database's clock, so instances with drifting clocks still agree; {@code locked_by} names
 * the instance holding it ({@link InstanceName}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class SweepLocking {

    @Bean
    LockProvider lockProvider(DataSource dataSource, InstanceName instance) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(instance.value())
                .build());
    }
}
