package org.xiangli;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The one clock every rule reads, so tests can move time. */
@Configuration(proxyBeanMethods = false)
class Clocks {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
