-- Elder-care records (issue 6): devices taken out of a household kit, and the indexes of the
-- ingestion views. Runs on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.

-- A decommissioned device keeps its row, its events and its alerts (history), but is no longer
-- part of the kit: the rules, the kit views and the event lookup skip it.
ALTER TABLE device ADD COLUMN decommissioned_at DATETIME(6) NULL;
ALTER TABLE device ADD COLUMN decommission_reason VARCHAR(500) NULL;
ALTER TABLE device ADD COLUMN decommissioned_by VARCHAR(100) NULL;

-- One device in a kit per serial, while any number of decommissioned rows may share it: the serial
-- is unique among the devices still in a kit (kit_serial is NULL once decommissioned, and a unique
-- index admits any number of NULLs). The database derives the column, so no writer can forget it.
ALTER TABLE device ADD COLUMN kit_serial VARCHAR(64) GENERATED ALWAYS AS (CASE WHEN decommissioned_at IS NULL THEN serial END);
CREATE UNIQUE INDEX uk_device_kit_serial ON device (kit_serial);
ALTER TABLE device DROP CONSTRAINT uk_device_serial;
-- the event lookup: serial IN (…) AND decommissioned_at IS NULL
CREATE INDEX ix_device_serial ON device (serial, decommissioned_at);

-- Health notes are up to 300 characters; encrypted (key id, nonce, tag, base64) 300 CJK characters
-- take about 1,650, more than the 512 of V5.
ALTER TABLE elder MODIFY health_notes VARCHAR(2000) NULL;

-- Dead letters of one HTTP sender (its topic is http/{account}), newest first.
CREATE INDEX ix_device_dead_letter_topic ON device_dead_letter (topic, received_at, id);

-- Unknown devices, most recently seen first.
CREATE INDEX ix_unknown_device_last_seen ON unknown_device (last_seen_at, serial);
