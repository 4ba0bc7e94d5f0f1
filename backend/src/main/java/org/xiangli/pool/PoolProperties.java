package org.xiangli.pool;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Rules of the project pool.
 *
 * @param noticePeriod how long a township or county decision is under public notice (公示) before
 *                     it takes effect (default 5 days)
 */
@ConfigurationProperties("xiangli.pool")
record PoolProperties(Duration noticePeriod) {

    public PoolProperties {
        noticePeriod = noticePeriod == null ? Duration.ofDays(5) : noticePeriod;
        if (noticePeriod.isNegative()) {
            throw new IllegalArgumentException("xiangli.pool.notice-period may not be negative");
        }
    }
}
