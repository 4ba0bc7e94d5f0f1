package org.xiangli.matter;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xiangli.security.Caller;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import static org.xiangli.matter.MatterEnums.MatterOwnerKind;
import static org.xiangli.matter.MatterInputs.MatterChange;

/**
 * The live board: committed matter changes of this instance, as they commit, to the subscribers
 * whose scope covers them (a grid worker: their grid's matters and those they reported or own).
 * Single-instance: unlike alerts, matter changes do not go through a database outbox yet, so a
 * subscriber hears the changes committed on the instance it is connected to.
 */
@Component
class MatterChanges {

    private static final Logger log = LoggerFactory.getLogger(MatterChanges.class);
    private static final int BUFFER = 1024;

    private final Sinks.Many<MatterChange> sink = Sinks.many().multicast().directBestEffort();

    @TransactionalEventListener
    void committed(MatterChange change) {
        deliver(change);
    }

    /** Serialised: a sink refuses (drops) an emission that overlaps another. */
    synchronized void deliver(MatterChange change) {
        sink.tryEmitNext(change);
    }

    int subscribers() {
        return sink.currentSubscriberCount();
    }

    Flux<MatterChange> visibleTo(Caller caller, @Nullable String within) {
        return sink.asFlux().filter(change -> visible(caller, change.matter())
                        && (within == null || change.matter().getRegionCode().startsWith(within)))
                .onBackpressureBuffer(BUFFER, dropped -> log.warn("A live-matter subscriber of {} fell {} changes behind; the oldest is dropped",
                        caller.name(), BUFFER), BufferOverflowStrategy.DROP_OLDEST);
    }

    private static boolean visible(Caller caller, Matter matter) {
        if (!caller.covers(matter.getRegionCode())) {
            return false;
        }
        return !caller.isGridWorker()
                || matter.getGridId() != null && matter.getGridId().equals(caller.grid())
                || caller.name().equals(matter.getReportedBy())
                || matter.getOwnerKind() == MatterOwnerKind.GRID_WORKER && caller.name().equals(matter.getOwnerRef());
    }
}
