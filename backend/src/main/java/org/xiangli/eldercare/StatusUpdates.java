package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What accepted events say of their devices (last seen, last heartbeat, battery) and elders (last
 * motion, last door opening), merged per device and per elder, latest wins, so that any number of
 * batches is written as two multi-row upserts. Rows are written in id order, so two writers lock
 * them in the same order. The upserts' assignments read only the old row, so MySQL's left-to-right
 * evaluation and H2's standard one agree.
 */
final class StatusUpdates {

    private record DeviceStatus(Instant seenAt, @Nullable Instant heartbeatAt, @Nullable Integer battery, @Nullable Instant batteryAt) {

        DeviceStatus merge(DeviceStatus other) {
            boolean newerBattery = other.batteryAt != null && (batteryAt == null || other.batteryAt.isAfter(batteryAt));
            return new DeviceStatus(later(seenAt, other.seenAt), later(heartbeatAt, other.heartbeatAt),
                    newerBattery ? other.battery : battery, newerBattery ? other.batteryAt : batteryAt);
        }
    }

    private record Activity(@Nullable Instant motionAt, @Nullable Instant doorOpenAt) {

        Activity merge(Activity other) {
            return new Activity(later(motionAt, other.motionAt), later(doorOpenAt, other.doorOpenAt));
        }
    }

    private final Map<Long, DeviceStatus> devices = new TreeMap<>();
    private final Map<Long, Activity> elders = new TreeMap<>();

    /** Last seen and heartbeat from the server's clock; battery and activity from the device's (capped at receipt). */
    void add(long deviceId, long elderId, DeviceEvent event, Instant receivedAt) {
        devices.merge(deviceId, new DeviceStatus(receivedAt, event.type() == EventType.HEARTBEAT ? receivedAt : null,
                event.battery(), event.battery() == null ? null : event.time()), DeviceStatus::merge);
        Instant time = event.time().isAfter(receivedAt) ? receivedAt : event.time();
        switch (event.type()) {
            case MOTION -> elders.merge(elderId, new Activity(time, null), Activity::merge);
            case DOOR_OPEN -> elders.merge(elderId, new Activity(null, time), Activity::merge);
            default -> {
            }
        }
    }

    void addAll(StatusUpdates other) {
        other.devices.forEach((id, status) -> devices.merge(id, status, DeviceStatus::merge));
        other.elders.forEach((id, activity) -> elders.merge(id, activity, Activity::merge));
    }

    boolean isEmpty() {
        return devices.isEmpty() && elders.isEmpty();
    }

    /** Writes the merged status in the caller's transaction. */
    void writeTo(JdbcTemplate template) {
        if (!devices.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO device_status (device_id, online, last_seen_at, last_heartbeat_at, battery, battery_at)
                    VALUES (?, TRUE, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE
                           online = TRUE,
                           last_seen_at = CASE WHEN last_seen_at IS NULL OR last_seen_at < VALUES(last_seen_at)
                                               THEN VALUES(last_seen_at) ELSE last_seen_at END,
                           last_heartbeat_at = CASE WHEN last_heartbeat_at IS NULL OR last_heartbeat_at < VALUES(last_heartbeat_at)
                                                    THEN VALUES(last_heartbeat_at) ELSE last_heartbeat_at END,
                           battery = CASE WHEN battery_at IS NULL OR battery_at <= VALUES(battery_at) THEN VALUES(battery) ELSE battery END,
                           battery_at = CASE WHEN battery_at IS NULL OR battery_at <= VALUES(battery_at)
                                             THEN VALUES(battery_at) ELSE battery_at END""",
                    devices.entrySet().stream().map(e -> new Object[] {e.getKey(), timestamp(e.getValue().seenAt()),
                            timestamp(e.getValue().heartbeatAt()), e.getValue().battery(), timestamp(e.getValue().batteryAt())}).toList());
        }
        if (!elders.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO elder_activity (elder_id, last_motion_at, last_door_open_at) VALUES (?, ?, ?)
                    ON DUPLICATE KEY UPDATE
                           last_motion_at = CASE WHEN last_motion_at IS NULL OR last_motion_at < VALUES(last_motion_at)
                                                 THEN VALUES(last_motion_at) ELSE last_motion_at END,
                           last_door_open_at = CASE WHEN last_door_open_at IS NULL OR last_door_open_at < VALUES(last_door_open_at)
                                                    THEN VALUES(last_door_open_at) ELSE last_door_open_at END""",
                    elders.entrySet().stream().map(e -> new Object[] {e.getKey(), timestamp(e.getValue().motionAt()),
                            timestamp(e.getValue().doorOpenAt())}).toList());
        }
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
