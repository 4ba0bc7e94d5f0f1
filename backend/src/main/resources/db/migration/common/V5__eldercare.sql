-- Elder care monitoring (issue 6): elders and their call trees, household kits, the device event
-- stream (idempotent by event id), dead letters and unknown devices, alerts with their closed
-- loop, visit-mode silences, and ShedLock's lock table for the rule and timer job.
-- Every elder-owned table carries region_code (the elder's village code) for the scope filter.

CREATE TABLE elder (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    region_code        VARCHAR(12)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    gender             VARCHAR(16)  NOT NULL,
    birth_date         DATE         NOT NULL,
    id_number          VARCHAR(512) NULL,
    phone              VARCHAR(20)  NULL,
    address            VARCHAR(300) NULL,
    living_situation   VARCHAR(32)  NOT NULL,
    risk_level         VARCHAR(16)  NOT NULL,
    health_notes       VARCHAR(512) NULL,
    inactivity_minutes INT          NULL,
    day_start          TIME         NULL,
    day_end            TIME         NULL,
    -- activity, written by the event pipeline only (not part of the record's version)
    last_motion_at     DATETIME(6)  NULL,
    last_door_open_at  DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_elder_region ON elder (region_code, id);

-- The ordered call tree of an elder: who the centre calls, in this order.
CREATE TABLE elder_contact (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    elder_id    BIGINT       NOT NULL,
    region_code VARCHAR(12)  NOT NULL,
    position    INT          NOT NULL,
    relation    VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    phone       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_elder_contact_position UNIQUE (elder_id, position),
    CONSTRAINT fk_elder_contact_elder FOREIGN KEY (elder_id) REFERENCES elder (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE device (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    serial            VARCHAR(64) NOT NULL,
    elder_id          BIGINT      NOT NULL,
    region_code       VARCHAR(12) NOT NULL,
    type              VARCHAR(32) NOT NULL,
    installed_on      DATE        NOT NULL,
    -- status, written by the event pipeline and the offline rule only
    online            BOOLEAN     NOT NULL DEFAULT FALSE,
    battery           INT         NULL,
    battery_at        DATETIME(6) NULL,
    last_seen_at      DATETIME(6) NULL,
    last_heartbeat_at DATETIME(6) NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    created_at        DATETIME(6) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_device_serial UNIQUE (serial),
    CONSTRAINT fk_device_elder FOREIGN KEY (elder_id) REFERENCES elder (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_device_elder ON device (elder_id);
CREATE INDEX ix_device_region ON device (region_code, id);
CREATE INDEX ix_device_heartbeat ON device (type, last_heartbeat_at);

-- Every accepted device event, once: the unique event id makes redelivery harmless.
CREATE TABLE device_event (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    event_id    VARCHAR(64) NOT NULL,
    device_id   BIGINT      NOT NULL,
    elder_id    BIGINT      NOT NULL,
    region_code VARCHAR(12) NOT NULL,
    type        VARCHAR(16) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    received_at DATETIME(6) NOT NULL,
    battery     INT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_device_event_event_id UNIQUE (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_device_event_elder_time ON device_event (elder_id, occurred_at);

-- Payloads that could not be accepted, with the reason; never blocks the stream.
CREATE TABLE device_dead_letter (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    received_at DATETIME(6)   NOT NULL,
    source      VARCHAR(16)   NOT NULL,
    topic       VARCHAR(300)  NULL,
    reason      VARCHAR(500)  NOT NULL,
    payload     TEXT          NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_device_dead_letter_time ON device_dead_letter (received_at, id);

-- Serials that sent events but are registered to no household.
CREATE TABLE unknown_device (
    serial         VARCHAR(64) NOT NULL,
    first_seen_at  DATETIME(6) NOT NULL,
    last_seen_at   DATETIME(6) NOT NULL,
    event_count    BIGINT      NOT NULL,
    last_event_id  VARCHAR(64) NULL,
    PRIMARY KEY (serial)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE alert (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    elder_id               BIGINT       NOT NULL,
    device_id              BIGINT       NULL,
    region_code            VARCHAR(12)  NOT NULL,
    kind                   VARCHAR(32)  NOT NULL,
    severity               VARCHAR(16)  NOT NULL,
    urgency                INT          NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    -- kind:elder (or kind:device) while the alert is active (raised, acknowledged, on site), else
    -- NULL: the database allows one active alert per key, a repeated trigger joins it
    open_key               VARCHAR(80)  NULL,
    raised_at              DATETIME(6)  NOT NULL,
    condition_since        DATETIME(6)  NULL,
    last_triggered_at      DATETIME(6)  NOT NULL,
    trigger_count          INT          NOT NULL,
    trigger_event_id       VARCHAR(64)  NULL,
    detail                 VARCHAR(300) NULL,
    assignee               VARCHAR(100) NULL,
    acknowledged_at        DATETIME(6)  NULL,
    on_site_at             DATETIME(6)  NULL,
    resolved_at            DATETIME(6)  NULL,
    outcome                VARCHAR(16)  NULL,
    followed_up_at         DATETIME(6)  NULL,
    closed_at              DATETIME(6)  NULL,
    escalation_level       VARCHAR(16)  NOT NULL,
    acknowledge_breached_at DATETIME(6) NULL,
    on_site_breached_at    DATETIME(6)  NULL,
    follow_up_breached_at  DATETIME(6)  NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    created_at             DATETIME(6)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_alert_open_key UNIQUE (open_key),
    CONSTRAINT fk_alert_elder FOREIGN KEY (elder_id) REFERENCES elder (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_alert_region_urgency ON alert (region_code, urgency, raised_at, id);
CREATE INDEX ix_alert_status_raised ON alert (status, raised_at);
CREATE INDEX ix_alert_elder_kind ON alert (elder_id, kind, last_triggered_at);
CREATE INDEX ix_alert_assignee ON alert (assignee, status);

-- The loop's history: every step with its second, actor and note; calls and escalations too.
CREATE TABLE alert_step (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    alert_id         BIGINT       NOT NULL,
    region_code      VARCHAR(12)  NOT NULL,
    action           VARCHAR(16)  NOT NULL,
    acted_at         DATETIME(6)  NOT NULL,
    actor            VARCHAR(100) NOT NULL,
    note             VARCHAR(1000) NULL,
    contact_position INT          NULL,
    call_result      VARCHAR(16)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_alert_step_alert FOREIGN KEY (alert_id) REFERENCES alert (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_alert_step_alert ON alert_step (alert_id, acted_at, id);

-- Visit mode: while active, behaviour rules stay silent for the elder (never PANIC).
CREATE TABLE elder_silence (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    elder_id    BIGINT       NOT NULL,
    region_code VARCHAR(12)  NOT NULL,
    author      VARCHAR(100) NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    starts_at   DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    ended_at    DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_elder_silence_elder FOREIGN KEY (elder_id) REFERENCES elder (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_elder_silence_elder ON elder_silence (elder_id, expires_at);

-- ShedLock: the rule and timer job runs on one backend instance at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
