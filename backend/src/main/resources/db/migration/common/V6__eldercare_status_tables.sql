-- The event pipeline's state moves out of the registry rows into narrow tables of its own: a
-- device's status (online, battery, last seen, last heartbeat) and an elder's latest activity
-- (motion, door opening). Ingestion then writes a whole batch's status in one multi-row upsert
-- (INSERT … ON DUPLICATE KEY UPDATE, which MySQL, MariaDB and H2's MySQL mode all run) instead of
-- one UPDATE per device and elder, and never locks the rows operators edit. A row appears with a
-- device's or elder's first event; no row reads as "nothing reported yet".
-- No index on the timestamps: the absence rules scan a county's kits every interval, while an
-- index would cost every upsert of the stream.

CREATE TABLE device_status (
    device_id         BIGINT      NOT NULL,
    online            BOOLEAN     NOT NULL DEFAULT FALSE,
    battery           INT         NULL,
    battery_at        DATETIME(6) NULL,
    last_seen_at      DATETIME(6) NULL,
    last_heartbeat_at DATETIME(6) NULL,
    PRIMARY KEY (device_id),
    CONSTRAINT fk_device_status_device FOREIGN KEY (device_id) REFERENCES device (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO device_status (device_id, online, battery, battery_at, last_seen_at, last_heartbeat_at)
SELECT id, online, battery, battery_at, last_seen_at, last_heartbeat_at FROM device
 WHERE last_seen_at IS NOT NULL OR battery IS NOT NULL OR last_heartbeat_at IS NOT NULL;

CREATE TABLE elder_activity (
    elder_id          BIGINT      NOT NULL,
    last_motion_at    DATETIME(6) NULL,
    last_door_open_at DATETIME(6) NULL,
    PRIMARY KEY (elder_id),
    CONSTRAINT fk_elder_activity_elder FOREIGN KEY (elder_id) REFERENCES elder (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO elder_activity (elder_id, last_motion_at, last_door_open_at)
SELECT id, last_motion_at, last_door_open_at FROM elder
 WHERE last_motion_at IS NOT NULL OR last_door_open_at IS NOT NULL;

ALTER TABLE device DROP INDEX ix_device_heartbeat;
ALTER TABLE device DROP COLUMN online;
ALTER TABLE device DROP COLUMN battery;
ALTER TABLE device DROP COLUMN battery_at;
ALTER TABLE device DROP COLUMN last_seen_at;
ALTER TABLE device DROP COLUMN last_heartbeat_at;
ALTER TABLE elder DROP COLUMN last_motion_at;
ALTER TABLE elder DROP COLUMN last_door_open_at;
