package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xiangli.security.Caller;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The live stream of committed alert changes, this instance's own as they commit and the other
 * instances' through {@link AlertChangeFeed}. Subscribers get only what their scope covers. Each
 * subscriber has a buffer of its own, so a burst (writers committing side by side) reaches it whole
 * while it sends; one that falls a whole buffer behind loses the oldest changes rather than holding
 * up the others (a dashboard reloads the console when it reconnects).
 */
@Component
class AlertChanges {

    private static final Logger log = LoggerFactory.getLogger(AlertChanges.class);
    private static final int BUFFER = 1024;

    private final Sinks.Many<AlertChange> sink = Sinks.many().multicast().directBestEffort();

    /** A change this instance committed: its subscribers get it at once, the others through the outbox. */
    @TransactionalEventListener
    void committed(AlertChange change) {
        deliver(change);
    }

    /** Serialised: a sink refuses (drops) an emission that overlaps another, and writers commit side by side. */
    synchronized void deliver(AlertChange change) {
        sink.tryEmitNext(change);
    }

    /** How many streams are listening now (a change emitted before a stream subscribed does not reach it). */
    int subscribers() {
        return sink.currentSubscriberCount();
    }

    Flux<AlertChange> visibleTo(Caller caller, @Nullable String within) {
        return sink.asFlux().filter(change -> caller.covers(change.alert().getRegionCode())
                        && (within == null || change.alert().getRegionCode().startsWith(within)))
                .onBackpressureBuffer(BUFFER, dropped -> log.warn("A live-alert subscriber of {} fell {} changes behind; the oldest is dropped",
                        caller.name(), BUFFER), BufferOverflowStrategy.DROP_OLDEST);
    }
}
