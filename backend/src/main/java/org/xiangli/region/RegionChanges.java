package org.xiangli.region;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xiangli.security.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The live stream of committed region changes. Subscribers get only what their scope covers; a
 * slow subscriber misses changes rather than holding up the others.
 */
@Component
class RegionChanges {

    private final Sinks.Many<RegionChange> sink = Sinks.many().multicast().directBestEffort();

    @TransactionalEventListener
    void committed(RegionChange change) {
        sink.tryEmitNext(change);
    }

    Flux<RegionChange> visibleTo(Caller caller, String within) {
        return sink.asFlux().filter(change -> caller.covers(change.region().getCode())
                && (within == null || change.region().getCode().startsWith(within)));
    }
}
