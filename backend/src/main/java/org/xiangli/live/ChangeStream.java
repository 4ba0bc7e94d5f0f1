package org.xiangli.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.function.Predicate;

/**
 * The live stream of one topic's committed changes, this instance's own as they commit and the
 * other instances' through {@link ChangeFeed}. Each subscriber has a buffer of its own, so a burst
 * (writers committing side by side) reaches it whole while it sends; one that falls a whole buffer
 * behind loses the oldest changes rather than holding up the others (a dashboard reloads when it
 * reconnects).
 */
public final class ChangeStream<C extends LiveChange> {

    private static final Logger log = LoggerFactory.getLogger(ChangeStream.class);
    private static final int BUFFER = 1024;

    private final String topic;
    private final Sinks.Many<C> sink = Sinks.many().multicast().directBestEffort();

    ChangeStream(String topic) {
        this.topic = topic;
    }

    /** Serialised: a sink refuses (drops) an emission that overlaps another, and writers commit side by side. */
    synchronized void deliver(C change) {
        sink.tryEmitNext(change);
    }

    /** How many streams are listening now (a change emitted before a stream subscribed does not reach it). */
    public int subscribers() {
        return sink.currentSubscriberCount();
    }

    /** The changes {@code visible} lets through, for the subscriber named (in the warning when it falls behind). */
    public Flux<C> visibleTo(String subscriber, Predicate<? super C> visible) {
        return sink.asFlux().filter(visible)
                .onBackpressureBuffer(BUFFER, dropped -> log.warn("A live-{} subscriber of {} fell {} changes behind; the oldest is dropped",
                        topic, subscriber, BUFFER), BufferOverflowStrategy.DROP_OLDEST);
    }
}
