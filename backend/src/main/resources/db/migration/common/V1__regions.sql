-- Every scoped table carries the division code its rows belong to (region_code, or code for
-- region itself), so one filter limits reads to the caller's part of the tree.

-- Region tree: county (6-digit code) > township (9) > village (12).
-- Codes are never reused: retired units keep their row and their code.
CREATE TABLE region (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(12)  NOT NULL,
    level           VARCHAR(16)  NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    parent_id       BIGINT       NULL,
    name            VARCHAR(100) NOT NULL,
    description     VARCHAR(2000) NULL,
    population      INT          NULL,
    households      INT          NULL,
    contact_name    VARCHAR(100) NULL,
    contact_phone   VARCHAR(20)  NULL,
    latitude        DECIMAL(9, 6) NULL,
    longitude       DECIMAL(9, 6) NULL,
    code_synthetic  BOOLEAN      NOT NULL DEFAULT FALSE,
    retired_at      DATETIME(6)  NULL,
    retired_reason  VARCHAR(500) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_region_code UNIQUE (code),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_region_parent ON region (parent_id, retired_at, code);
CREATE INDEX ix_region_level_code ON region (level, code);
CREATE INDEX ix_region_kind_code ON region (kind, code);
CREATE INDEX ix_region_name ON region (name, id);

-- A village's collective operating income (村集体经营性收入), one row per year.
CREATE TABLE collective_income (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    region_id   BIGINT         NOT NULL,
    region_code VARCHAR(12)    NOT NULL,
    year        INT            NOT NULL,
    amount      DECIMAL(18, 2) NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    created_at  DATETIME(6)    NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_collective_income_year UNIQUE (region_id, year),
    CONSTRAINT fk_collective_income_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_collective_income_region_code ON collective_income (region_code);
