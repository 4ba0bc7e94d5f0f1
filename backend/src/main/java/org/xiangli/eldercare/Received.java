package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A payload as it arrived: parsed and checked on receipt, on the receiving thread, so the writer
 * only writes. Exactly one of {@code event} and {@code invalid} is set.
 *
 * @param at      when the server received it (the event's {@code received_at})
 * @param invalid why the payload was refused, for the dead letters
 */
record Received(Incoming incoming, Instant at, @Nullable DeviceEvent event, @Nullable String invalid) {

    static Received of(Incoming incoming, Instant at, ElderCareProperties.Ingest limits) {
        try {
            return new Received(incoming, at, EventParser.parse(incoming.payload(), at, limits), null);
        } catch (EventParser.Invalid invalid) {
            return new Received(incoming, at, null, invalid.getMessage());
        }
    }
}
