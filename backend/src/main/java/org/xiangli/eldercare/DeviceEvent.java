package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A validated device event.
 *
 * @param eventId the device's or gateway's id of the event, unique across all devices; redelivery
 *                with the same id is a duplicate
 * @param battery battery percentage 0–100, when the event carries it
 */
record DeviceEvent(String eventId, String serial, EventType type, Instant time, @Nullable Integer battery) {
}
