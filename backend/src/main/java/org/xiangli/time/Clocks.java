package org.xiangli.time;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one clock every rule reads, so tests can move time; entity timestamps ({@code @CreatedDate},
 * {@code @LastModifiedDate}) come from it too.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "entityTimestamps")
class Clocks {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Microseconds, as the database keeps them (and as Hibernate's own timestamps were). */
    @Bean
    DateTimeProvider entityTimestamps(Clock clock) {
        return () -> Optional.of(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * Bean Validation's {@code @Past} / {@code @PastOrPresent} read the same clock, on the counties'
     * calendar: a date that is today in China is not "in the future" while the UTC date is yesterday.
     * Hibernate Validator keeps the clock it is given for good, so it gets one that asks the
     * application's clock every time.
     */
    @Bean
    ValidationConfigurationCustomizer countyValidationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> new Following(clock, CountyCalendar.ZONE));
    }

    /** A clock in a zone of its own that reads the instant off another clock at every call. */
    private static final class Following extends Clock {

        private final Clock source;
        private final ZoneId zone;

        Following(Clock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Following(source, other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
