-- Talents, beyond the registry (issue 14): the investment pipeline on the ledger's INVESTMENT
-- entries, visit schedules and the visit log, and the public introduction the 乡贤馆 shows.
-- V30: the grid/matter branch takes the next numbers; the gap is deliberate.

-- Investment stage: SIGNED (签约, on occurred_on) → LANDED (落地) → PRODUCING (投产). Existing entries
-- are SIGNED, or LANDED (on the same date) when money has arrived.
ALTER TABLE talent_contribution ADD COLUMN stage VARCHAR(16) NULL;
ALTER TABLE talent_contribution ADD COLUMN landed_on DATE NULL;
ALTER TABLE talent_contribution ADD COLUMN producing_on DATE NULL;
UPDATE talent_contribution SET stage = 'LANDED', landed_on = occurred_on
 WHERE kind = 'INVESTMENT' AND realised_amount > 0;
UPDATE talent_contribution SET stage = 'SIGNED'
 WHERE kind = 'INVESTMENT' AND stage IS NULL;
CREATE INDEX ix_talent_contribution_stage ON talent_contribution (kind, stage, region_code);

-- What the public hall (乡贤馆) says about a talent who consented to PUBLICITY; emptied on anonymisation.
ALTER TABLE talent ADD COLUMN public_introduction VARCHAR(1000) NULL;

-- Who visits a talent how often (三界: village cadre, liaison leader, principal leader). One schedule
-- per talent and visitor role; next_due_on moves with every visit logged for the role.
CREATE TABLE talent_visit_schedule (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    talent_id       BIGINT       NOT NULL,
    region_code     VARCHAR(12)  NOT NULL,
    visitor_role    VARCHAR(20)  NOT NULL,
    visitor_name    VARCHAR(50)  NOT NULL,
    every_days      INT          NOT NULL,
    last_visited_on DATE         NULL,
    next_due_on     DATE         NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_talent_visit_schedule UNIQUE (talent_id, visitor_role),
    CONSTRAINT fk_talent_visit_schedule_talent FOREIGN KEY (talent_id) REFERENCES talent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_talent_visit_schedule_due ON talent_visit_schedule (region_code, next_due_on);

-- The visit log: who came when, what the talent asked for, and whether it needs doing.
CREATE TABLE talent_visit (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    talent_id    BIGINT        NOT NULL,
    region_code  VARCHAR(12)   NOT NULL,
    visited_on   DATE          NOT NULL,
    visitor_role VARCHAR(20)   NOT NULL,
    visitor_name VARCHAR(50)   NOT NULL,
    asked_for    VARCHAR(2000) NULL,
    needs_action BOOLEAN       NOT NULL,
    recorded_by  VARCHAR(100)  NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_talent_visit_talent FOREIGN KEY (talent_id) REFERENCES talent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_talent_visit_talent ON talent_visit (talent_id, visited_on, id);
