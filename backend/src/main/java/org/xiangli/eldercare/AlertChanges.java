package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xiangli.live.ChangeStream;
import org.xiangli.live.ChangeStreams;
import org.xiangli.security.Caller;
import reactor.core.publisher.Flux;

/**
 * The live alerts: the {@code alert} topic of the live changes, committed on any instance, to the
 * subscribers whose scope covers the alert's region (a grid worker's: whose elder is in their grid).
 */
@Component
class AlertChanges {

    private final ChangeStream<AlertChange> stream;

    AlertChanges(ChangeStreams streams, Alerts alerts) {
        this.stream = streams.open("alert", AlertChange.class, alerts::findByIdIn, Alert::getId,
                (action, alert) -> new AlertChange(AlertChange.Action.valueOf(action), alert));
    }

    /** How many streams are listening now. */
    int subscribers() {
        return stream.subscribers();
    }

    Flux<AlertChange> visibleTo(Caller caller, @Nullable String within) {
        return stream.visibleTo(caller.name(), change -> caller.covers(change.alert().getRegionCode())
                && GridFirstResponders.owns(caller, change.alert())
                && (within == null || change.alert().getRegionCode().startsWith(within)));
    }
}
