-- The ledger of matters (事项), issue 14. Runs on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.

-- Ledger numbers SX-<year>-<6 digits>: one counter row per year, taken under a row lock.
CREATE TABLE matter_number (
    ledger_year INT    NOT NULL,
    last_number BIGINT NOT NULL,
    PRIMARY KEY (ledger_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE matter (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    number           VARCHAR(20)   NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    title            VARCHAR(80)   NOT NULL,
    description      VARCHAR(2000) NULL,
    status           VARCHAR(12)   NOT NULL,
    region_code      VARCHAR(12)   NOT NULL,
    grid_id          BIGINT        NULL,
    project_id       BIGINT        NULL,
    talent_id        BIGINT        NULL,
    lat              DOUBLE        NULL,
    lng              DOUBLE        NULL,
    reported_by      VARCHAR(100)  NOT NULL,
    reported_at      DATETIME(6)   NOT NULL,
    owner_kind       VARCHAR(12)   NULL,
    owner_ref        VARCHAR(100)  NULL,
    owner_name       VARCHAR(100)  NULL,
    deadline         DATETIME(6)   NULL,
    -- the board's order: the deadline while the matter is being worked, far in the future otherwise
    due_key          DATETIME(6)   NOT NULL,
    escalation_level VARCHAR(12)   NOT NULL,
    escalated_at     DATETIME(6)   NULL,
    done_at          DATETIME(6)   NULL,
    closed_at        DATETIME(6)   NULL,
    on_time          BOOLEAN       NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_matter_number UNIQUE (number),
    CONSTRAINT fk_matter_grid FOREIGN KEY (grid_id) REFERENCES grid (id),
    CONSTRAINT fk_matter_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_matter_talent FOREIGN KEY (talent_id) REFERENCES talent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the board (scope, urgency), the newest and oldest lists, a grid's open matters, the sweep of late ones
CREATE INDEX ix_matter_region_due ON matter (region_code, due_key, reported_at, id);
CREATE INDEX ix_matter_region_reported ON matter (region_code, reported_at, id);
CREATE INDEX ix_matter_grid_status ON matter (grid_id, status);
CREATE INDEX ix_matter_deadline ON matter (status, deadline);
CREATE INDEX ix_matter_owner ON matter (owner_ref, status);
CREATE INDEX ix_matter_reporter ON matter (reported_by, status);

-- Every step of a matter, oldest first.
CREATE TABLE matter_step (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    matter_id   BIGINT        NOT NULL,
    region_code VARCHAR(12)   NOT NULL,
    action      VARCHAR(12)   NOT NULL,
    acted_at    DATETIME(6)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    note        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_matter_step_matter FOREIGN KEY (matter_id) REFERENCES matter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_matter_step_matter ON matter_step (matter_id, acted_at, id);

-- Photos: uploaded first (matter_id NULL, only the uploader may attach them), then attached.
CREATE TABLE matter_photo (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    matter_id    BIGINT       NULL,
    region_code  VARCHAR(12)  NOT NULL,
    storage_key  VARCHAR(64)  NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    taken_at     DATETIME(6)  NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_matter_photo_storage UNIQUE (storage_key),
    CONSTRAINT fk_matter_photo_matter FOREIGN KEY (matter_id) REFERENCES matter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_matter_photo_matter ON matter_photo (matter_id, uploaded_at, id);
CREATE INDEX ix_matter_photo_uploader ON matter_photo (uploaded_by, matter_id);
