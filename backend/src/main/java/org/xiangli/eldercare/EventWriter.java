package org.xiangli.eldercare;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one batch of received payloads in one transaction: invalid ones to the dead letters,
 * events of unknown serials to {@code unknown_device}, new events in one batched INSERT, then the
 * event rules (PANIC, LOW_BATTERY) on the new events only, and, when asked, the status the events
 * report with what earlier batches held back (device status, elder activity; {@link StatusUpdates}). Events are idempotent by event id
 * through the unique index: a batch is first written without looking its ids up, and only a batch
 * that hits the index (a redelivery) is written again with the look-up. Read committed, so that
 * writers running side by side take no gap locks on the alert keys they look up. Runs as the system;
 * HTTP payloads are limited to their sender's scope here.
 */
@Component
class EventWriter {

    private static final int MAX_STORED_PAYLOAD = 4000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AlertRaiser raiser;
    private final ElderCareProperties properties;
    private final Clock clock;

    EventWriter(JdbcClient jdbc, JdbcTemplate template, AlertRaiser raiser, ElderCareProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.raiser = raiser;
        this.properties = properties;
        this.clock = clock;
    }

    private record DeviceRow(long id, long elderId, String regionCode, DeviceType type) {
    }

    private record Accepted(Received received, DeviceEvent event, DeviceRow device) {
    }

    /**
     * What a committed batch did.
     *
     * @param results one per payload, in batch order
     * @param status  the status its accepted events report, when it was not written with the batch
     */
    record Written(List<Incoming.Result> results, StatusUpdates status) {
    }

    /**
     * @param lookUpDuplicates look the event ids up first (after a batch hit the unique index)
     * @param pending          status of earlier batches not yet written, written with this batch's
     *                         when {@code writeStatus}
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Written write(List<Received> batch, boolean lookUpDuplicates, StatusUpdates pending, boolean writeStatus) {
        Incoming.Result[] results = new Incoming.Result[batch.size()];
        List<DeviceEvent> events = batch.stream().map(Received::event).filter(Objects::nonNull).toList();
        Map<String, DeviceRow> devices = devices(events.stream().map(DeviceEvent::serial).distinct().toList());
        Set<String> known = lookUpDuplicates ? existingEventIds(events.stream().map(DeviceEvent::eventId).toList()) : Set.of();
        List<Object[]> deadLetters = new ArrayList<>();
        Map<String, Object[]> unknown = new LinkedHashMap<>();
        List<Accepted> accepted = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Received received = batch.get(i);
            DeviceEvent event = received.event();
            if (event == null) {
                // the sender is told which of its events this was, when the payload named one
                results[i] = new Incoming.Result(Incoming.Status.REJECTED, EventParser.claimedEventId(received.incoming().payload()),
                        received.invalid());
                deadLetters.add(deadLetter(received.incoming(), received.invalid(), received.at()));
                continue;
            }
            DeviceRow device = devices.get(event.serial());
            Timestamp at = Timestamp.from(received.at());
            if (known.contains(event.eventId()) || !inBatch.add(event.eventId())) {
                results[i] = new Incoming.Result(Incoming.Status.DUPLICATE, event.eventId(), null);
            } else if (device == null) {
                results[i] = new Incoming.Result(Incoming.Status.REJECTED, event.eventId(),
                        "serial " + event.serial() + " is registered to no household: recorded as an unknown device");
                unknown.merge(event.serial(), new Object[] {event.serial(), at, at, 1L, event.eventId()},
                        (x, y) -> new Object[] {x[0], x[1], y[2], (long) x[3] + 1, y[4]});
            } else if (!received.incoming().caller().covers(device.regionCode())) {
                String reason = "serial " + event.serial() + " is not a device in your scope";
                results[i] = new Incoming.Result(Incoming.Status.REJECTED, event.eventId(), reason);
                deadLetters.add(deadLetter(received.incoming(), reason, received.at()));
            } else if (!device.type().sends().contains(event.type())) {
                String reason = "serial %s is a %s, which does not send %s (it sends %s): check the device's firmware or its registration"
                        .formatted(event.serial(), device.type(), event.type(), device.type().sends());
                results[i] = new Incoming.Result(Incoming.Status.REJECTED, event.eventId(), reason);
                deadLetters.add(deadLetter(received.incoming(), reason, received.at()));
            } else {
                results[i] = new Incoming.Result(Incoming.Status.ACCEPTED, event.eventId(), null);
                accepted.add(new Accepted(received, event, device));
            }
        }
        insertDeadLetters(deadLetters);
        recordUnknown(unknown.values());
        insertEvents(accepted);
        applyRules(accepted, clock.instant());
        StatusUpdates status = new StatusUpdates();
        accepted.forEach(a -> status.add(a.device().id(), a.device().elderId(), a.event(), a.received().at()));
        if (writeStatus) {
            status.addAll(pending);
            status.writeTo(template);
            return new Written(List.of(results), new StatusUpdates());
        }
        return new Written(List.of(results), status);
    }

    /** Writes status held back from earlier batches, when no batch comes to carry it. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void writeStatus(StatusUpdates pending) {
        pending.writeTo(template);
    }

    /** Records a payload that could not be stored at all (used when a batch keeps failing). */
    @Transactional
    public void deadLetter(Incoming incoming, String reason) {
        insertDeadLetters(List.<Object[]>of(deadLetter(incoming, reason, clock.instant())));
    }

    private Map<String, DeviceRow> devices(Collection<String> serials) {
        Map<String, DeviceRow> found = new HashMap<>();
        if (!serials.isEmpty()) {
            jdbc.sql("SELECT id, serial, elder_id, region_code, type FROM device WHERE serial IN (:serials) AND decommissioned_at IS NULL")
                    .param("serials", serials)
                    .query((rs, row) -> found.put(rs.getString("serial"), new DeviceRow(rs.getLong("id"), rs.getLong("elder_id"),
                            rs.getString("region_code"), DeviceType.valueOf(rs.getString("type"))))).list();
        }
        return found;
    }

    private Set<String> existingEventIds(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT event_id FROM device_event WHERE event_id IN (:ids)")
                .param("ids", eventIds).query(String.class).list());
    }

    private static Object[] deadLetter(Incoming incoming, String reason, Instant now) {
        String payload = new String(incoming.payload(), StandardCharsets.UTF_8);
        return new Object[] {Timestamp.from(now), incoming.source().name(), incoming.topic(),
                reason.length() > 500 ? reason.substring(0, 500) : reason,
                payload.length() > MAX_STORED_PAYLOAD ? payload.substring(0, MAX_STORED_PAYLOAD) : payload};
    }

    private void insertDeadLetters(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batch("INSERT INTO device_dead_letter (received_at, source, topic, reason, payload) VALUES (?, ?, ?, ?, ?)", rows);
        }
    }

    private void recordUnknown(Collection<Object[]> rows) {
        if (!rows.isEmpty()) {
            batch("""
                    INSERT INTO unknown_device (serial, first_seen_at, last_seen_at, event_count, last_event_id) VALUES (?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE last_seen_at = VALUES(last_seen_at), event_count = event_count + VALUES(event_count),
                                            last_event_id = VALUES(last_event_id)""", List.copyOf(rows));
        }
    }

    private void insertEvents(List<Accepted> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        batch("""
                INSERT INTO device_event (event_id, device_id, elder_id, region_code, type, occurred_at, received_at, battery)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", accepted.stream().map(a -> new Object[] {
                a.event().eventId(), a.device().id(), a.device().elderId(), a.device().regionCode(), a.event().type().name(),
                Timestamp.from(a.event().time()), Timestamp.from(a.received().at()), a.event().battery()}).toList());
    }

    private void applyRules(List<Accepted> accepted, Instant now) {
        List<AlertRaiser.Trigger> triggers = new ArrayList<>();
        int threshold = properties.rules().lowBattery();
        for (Accepted a : accepted) {
            DeviceEvent event = a.event();
            if (event.type() == EventType.PRESSED) {
                triggers.add(new AlertRaiser.Trigger(AlertKind.PANIC, a.device().elderId(), a.device().id(), a.device().regionCode(),
                        event.time(), null, event.eventId(), "panic button " + event.serial() + " pressed"));
            }
            if (event.battery() != null && event.battery() < threshold) {
                triggers.add(new AlertRaiser.Trigger(AlertKind.LOW_BATTERY, a.device().elderId(), a.device().id(), a.device().regionCode(),
                        event.time(), null, event.eventId(), "battery of " + event.serial() + " at " + event.battery() + " %"));
            }
        }
        raiser.raise(triggers, now);
    }

    /** JdbcClient has no batch API; the template joins the same transaction. */
    private void batch(String sql, List<Object[]> rows) {
        template.batchUpdate(sql, rows);
    }
}
