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

    static Received of(Incoming incoming, Instant at, ElderCareProperties.Ingest limits, ElderCareProperties.Mqtt mqtt) {
        DeviceEvent event;
        try {
            event = EventParser.parse(incoming.payload(), at, limits);
        } catch (EventParser.Invalid invalid) {
            return new Received(incoming, at, null, invalid.getMessage());
        }
        if (incoming.source() == Incoming.Source.MQTT && incoming.topic() != null) {
            String topicSerial = mqtt.serialIn(incoming.topic());
            if (topicSerial != null && !topicSerial.equals(event.serial())) {
                return new Received(incoming, at, null, "serial %s in the payload differs from %s of the topic: a device publishes its own events on its own topic"
                        .formatted(event.serial(), topicSerial));
            }
        }
        return new Received(incoming, at, event, null);
    }
}
