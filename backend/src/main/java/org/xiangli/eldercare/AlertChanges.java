package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xiangli.security.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The live stream of committed alert changes. Subscribers get only what their scope covers; a slow
 * subscriber misses changes rather than holding up the others (a dashboard reloads the console
 * when it reconnects).
 */
@Component
class AlertChanges {

    private final Sinks.Many<AlertChange> sink = Sinks.many().multicast().directBestEffort();

    /** Serialised: a sink refuses (drops) an emission that overlaps another, and writers commit side by side. */
    @TransactionalEventListener
    synchronized void committed(AlertChange change) {
        sink.tryEmitNext(change);
    }

    Flux<AlertChange> visibleTo(Caller caller, @Nullable String within) {
        return sink.asFlux().filter(change -> caller.covers(change.alert().getRegionCode())
                && (within == null || change.alert().getRegionCode().startsWith(within)));
    }
}
