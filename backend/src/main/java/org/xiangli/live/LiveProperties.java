package org.xiangli.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How live changes travel between instances ({@code xiangli.live.*}); docs/configuration.md lists them.
 *
 * @param pollInterval how often each instance reads the other instances' changes from the outbox
 *                     (how late they reach its subscribers at most, beside the query)
 * @param retention    how long outbox rows are kept
 * @param gapWait      how long an id missing between two read rows is looked for again (a
 *                     transaction that took it may commit after a later one; on a loaded or
 *                     stalled database that is seconds to minutes, and a gap given up too early is
 *                     a change the other instances' dashboards never hear)
 */
@ConfigurationProperties("xiangli.live")
record LiveProperties(@DefaultValue("200ms") Duration pollInterval, @DefaultValue("10m") Duration retention,
                      @DefaultValue("2m") Duration gapWait) {
}
