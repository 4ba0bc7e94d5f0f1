package org.xiangli.matter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xiangli.live.ChangeStream;
import org.xiangli.live.ChangeStreams;
import org.xiangli.security.Caller;
import reactor.core.publisher.Flux;

import static org.xiangli.matter.MatterEnums.MatterChangeAction;
import static org.xiangli.matter.MatterEnums.MatterOwnerKind;
import static org.xiangli.matter.MatterInputs.MatterChange;

/**
 * The live board: the {@code matter} topic of the live changes, committed on any instance, to the
 * subscribers whose scope covers the matter (a grid worker: their grid's matters and those they
 * reported or own).
 */
@Component
class MatterChanges {

    private final ChangeStream<MatterChange> stream;

    MatterChanges(ChangeStreams streams, Matters matters) {
        this.stream = streams.open("matter", MatterChange.class, matters::findByIdIn, Matter::getId,
                (action, matter) -> new MatterChange(MatterChangeAction.valueOf(action), matter));
    }

    /** How many streams are listening now. */
    int subscribers() {
        return stream.subscribers();
    }

    Flux<MatterChange> visibleTo(Caller caller, @Nullable String within) {
        return stream.visibleTo(caller.name(), change -> visible(caller, change.matter())
                && (within == null || change.matter().getRegionCode().startsWith(within)));
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
