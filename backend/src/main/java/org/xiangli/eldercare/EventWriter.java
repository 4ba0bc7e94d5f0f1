package org.xiangli.eldercare;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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
import java.util.Set;

/**
 * Writes one batch of payloads in one transaction: invalid ones to the dead letters, events of
 * unknown serials to {@code unknown_device}, new events (not seen before, by event id) in one
 * batched INSERT, device status and elder activity, then the event rules (PANIC, LOW_BATTERY) on
 * the new events only. Runs as the system; HTTP payloads are limited to their sender's scope here.
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

    private record DeviceRow(long id, long elderId, String regionCode) {
    }

    private record Accepted(Incoming incoming, DeviceEvent event, DeviceRow device) {
    }

    @Transactional
    public List<Incoming.Result> write(List<Incoming> batch) {
        Instant now = clock.instant();
        Incoming.Result[] results = new Incoming.Result[batch.size()];
        Map<Integer, DeviceEvent> parsed = new LinkedHashMap<>();
        List<Object[]> deadLetters = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Incoming incoming = batch.get(i);
            try {
                parsed.put(i, EventParser.parse(incoming.payload(), now, properties.ingest()));
            } catch (EventParser.Invalid invalid) {
                results[i] = new Incoming.Result(Incoming.Status.REJECTED, null, invalid.getMessage());
                deadLetters.add(deadLetter(incoming, invalid.getMessage(), now));
            }
        }
        Map<String, DeviceRow> devices = devices(parsed.values().stream().map(DeviceEvent::serial).distinct().toList());
        Set<String> known = existingEventIds(parsed.values().stream().map(DeviceEvent::eventId).toList());
        Map<String, Object[]> unknown = new LinkedHashMap<>();
        List<Accepted> accepted = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        for (Map.Entry<Integer, DeviceEvent> entry : parsed.entrySet()) {
            int i = entry.getKey();
            DeviceEvent event = entry.getValue();
            Incoming incoming = batch.get(i);
            DeviceRow device = devices.get(event.serial());
            if (known.contains(event.eventId()) || !inBatch.add(event.eventId())) {
                results[i] = new Incoming.Result(Incoming.Status.DUPLICATE, event.eventId(), null);
            } else if (device == null) {
                results[i] = new Incoming.Result(Incoming.Status.REJECTED, event.eventId(),
                        "serial " + event.serial() + " is registered to no household: recorded as an unknown device");
                unknown.merge(event.serial(), new Object[] {event.serial(), Timestamp.from(now), Timestamp.from(now), 1L, event.eventId()},
                        (a, b) -> new Object[] {a[0], a[1], b[2], (long) a[3] + 1, b[4]});
            } else if (!incoming.caller().covers(device.regionCode())) {
                String reason = "serial " + event.serial() + " is not a device in your scope";
                results[i] = new Incoming.Result(Incoming.Status.REJECTED, event.eventId(), reason);
                deadLetters.add(deadLetter(incoming, reason, now));
            } else {
                results[i] = new Incoming.Result(Incoming.Status.ACCEPTED, event.eventId(), null);
                accepted.add(new Accepted(incoming, event, device));
            }
        }
        insertDeadLetters(deadLetters);
        recordUnknown(unknown.values());
        insertEvents(accepted, now);
        updateDevices(accepted, now);
        updateActivity(accepted, now);
        applyRules(accepted, now);
        return List.of(results);
    }

    /** Records a payload that could not be stored at all (used when a batch keeps failing). */
    @Transactional
    public void deadLetter(Incoming incoming, String reason) {
        insertDeadLetters(List.<Object[]>of(deadLetter(incoming, reason, clock.instant())));
    }

    private Map<String, DeviceRow> devices(Collection<String> serials) {
        Map<String, DeviceRow> found = new HashMap<>();
        if (!serials.isEmpty()) {
            jdbc.sql("SELECT id, serial, elder_id, region_code FROM device WHERE serial IN (:serials) AND decommissioned_at IS NULL").param("serials", serials)
                    .query((rs, row) -> found.put(rs.getString("serial"),
                            new DeviceRow(rs.getLong("id"), rs.getLong("elder_id"), rs.getString("region_code")))).list();
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

    private void insertEvents(List<Accepted> accepted, Instant now) {
        if (accepted.isEmpty()) {
            return;
        }
        Timestamp received = Timestamp.from(now);
        batch("""
                INSERT INTO device_event (event_id, device_id, elder_id, region_code, type, occurred_at, received_at, battery)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", accepted.stream().map(a -> new Object[] {
                a.event().eventId(), a.device().id(), a.device().elderId(), a.device().regionCode(), a.event().type().name(),
                Timestamp.from(a.event().time()), received, a.event().battery()}).toList());
    }

    /** Last seen and online from the server's clock; battery from the device's latest report. */
    private void updateDevices(List<Accepted> accepted, Instant now) {
        Map<Long, Accepted> latestBattery = new HashMap<>();
        Map<Long, Boolean> heartbeat = new LinkedHashMap<>();
        for (Accepted a : accepted) {
            heartbeat.merge(a.device().id(), a.event().type() == EventType.HEARTBEAT, Boolean::logicalOr);
            if (a.event().battery() != null) {
                latestBattery.merge(a.device().id(), a, (x, y) -> y.event().time().isAfter(x.event().time()) ? y : x);
            }
        }
        if (heartbeat.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        batch("""
                UPDATE device SET online = TRUE, last_seen_at = ?,
                       last_heartbeat_at = CASE WHEN ? THEN ? ELSE last_heartbeat_at END
                 WHERE id = ?""", heartbeat.entrySet().stream()
                .map(e -> new Object[] {at, e.getValue(), at, e.getKey()}).toList());
        if (!latestBattery.isEmpty()) {
            batch("""
                    UPDATE device SET battery = CASE WHEN battery_at IS NULL OR battery_at <= ? THEN ? ELSE battery END,
                           battery_at = CASE WHEN battery_at IS NULL OR battery_at <= ? THEN ? ELSE battery_at END
                     WHERE id = ?""", latestBattery.values().stream().map(a -> {
                Timestamp time = Timestamp.from(a.event().time());
                return new Object[] {time, a.event().battery(), time, time, a.device().id()};
            }).toList());
        }
    }

    /** Latest motion and door opening per elder, from the devices' clocks (capped at receipt). */
    private void updateActivity(List<Accepted> accepted, Instant now) {
        Map<Long, Instant> motion = new HashMap<>();
        Map<Long, Instant> door = new HashMap<>();
        for (Accepted a : accepted) {
            Instant time = a.event().time().isAfter(now) ? now : a.event().time();
            switch (a.event().type()) {
                case MOTION -> motion.merge(a.device().elderId(), time, (x, y) -> x.isAfter(y) ? x : y);
                case DOOR_OPEN -> door.merge(a.device().elderId(), time, (x, y) -> x.isAfter(y) ? x : y);
                default -> {
                }
            }
        }
        if (!motion.isEmpty()) {
            batch("UPDATE elder SET last_motion_at = CASE WHEN last_motion_at IS NULL OR last_motion_at < ? THEN ? ELSE last_motion_at END WHERE id = ?",
                    motion.entrySet().stream().map(e -> new Object[] {Timestamp.from(e.getValue()), Timestamp.from(e.getValue()), e.getKey()}).toList());
        }
        if (!door.isEmpty()) {
            batch("UPDATE elder SET last_door_open_at = CASE WHEN last_door_open_at IS NULL OR last_door_open_at < ? THEN ? ELSE last_door_open_at END WHERE id = ?",
                    door.entrySet().stream().map(e -> new Object[] {Timestamp.from(e.getValue()), Timestamp.from(e.getValue()), e.getKey()}).toList());
        }
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
