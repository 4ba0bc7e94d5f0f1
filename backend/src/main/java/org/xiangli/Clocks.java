package org.xiangli;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiangli.region.CountyCalendar;

import java.time.Clock;

/** The one clock every rule reads, so tests can move time. */
@Configuration(proxyBeanMethods = false)
class Clocks {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Bean Validation's {@code @Past} / {@code @PastOrPresent} read the same clock, on the counties'
     * calendar: a date that is today in China is not "in the future" while the UTC date is yesterday.
     */
    @Bean
    ValidationConfigurationCustomizer countyValidationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock.withZone(CountyCalendar.ZONE));
    }
}
