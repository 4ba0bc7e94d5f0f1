package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.xiangli.security.Caller;

import java.util.function.Consumer;

/**
 * One payload on its way into the database.
 *
 * @param caller who sent it: the system for MQTT, the service account for HTTP, whose scope limits
 *               the devices it may report for
 * @param done   called once the payload's fate is committed (for MQTT: the acknowledgement)
 */
record Incoming(byte[] payload, Source source, @Nullable String topic, Caller caller, Consumer<Result> done) {

    enum Source { MQTT, HTTP }

    /** What became of one payload. */
    record Result(Status status, @Nullable String eventId, @Nullable String reason) {
    }

    /** The fate of a payload. */
    enum Status {
        /** Stored, rules applied. */
        ACCEPTED,
        /** An event with this id was stored before: nothing changed. */
        DUPLICATE,
        /** Not stored; the reason says why (dead letter, unknown or out-of-scope device). */
        REJECTED
    }
}
