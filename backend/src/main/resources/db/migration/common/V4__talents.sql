-- Returned talents (乡贤): the registry, talent associations with their members, the ledger of
-- contributions and the Excel import jobs. Every scoped table carries region_code: a talent's is
-- the hometown (village or township), an association's the unit it belongs to, a contribution's
-- and a membership's that of their talent or association, so the regionScope filter applies.

-- Natural key of a talent: name, birth year (when known) and hometown code; the import upserts by it.
CREATE TABLE talent (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    region_id       BIGINT        NOT NULL,
    region_code     VARCHAR(12)   NOT NULL,
    name            VARCHAR(50)   NOT NULL,
    gender          VARCHAR(16)   NOT NULL,
    birth_year      INT           NULL,
    whereabouts     VARCHAR(32)   NOT NULL,
    category        VARCHAR(32)   NOT NULL,
    industry        VARCHAR(100)  NULL,
    organisation    VARCHAR(200)  NULL,
    title           VARCHAR(100)  NULL,
    phone           VARCHAR(20)   NULL,
    email           VARCHAR(200)  NULL,
    address         VARCHAR(300)  NULL,
    consent_on      DATE          NOT NULL,
    consent_scope   VARCHAR(100)  NOT NULL,
    tags            VARCHAR(500)  NULL,
    notes           VARCHAR(4000) NULL,
    demo            BOOLEAN       NOT NULL DEFAULT FALSE,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_talent_natural_key UNIQUE (region_code, name, birth_year),
    CONSTRAINT fk_talent_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_talent_region_name ON talent (region_code, name, id);
CREATE INDEX ix_talent_name ON talent (name, id);
CREATE INDEX ix_talent_category ON talent (category, region_code);
CREATE INDEX ix_talent_whereabouts ON talent (whereabouts, region_code);
CREATE INDEX ix_talent_industry ON talent (industry, region_code);
CREATE INDEX ix_talent_updated ON talent (updated_at, id);

-- Talent associations (乡贤会) and chambers of commerce of natives elsewhere (异地商会), at county,
-- township or village level.
CREATE TABLE talent_association (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    region_id   BIGINT        NOT NULL,
    region_code VARCHAR(12)   NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NULL,
    founded_on  DATE          NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_talent_association_name UNIQUE (region_code, name),
    CONSTRAINT fk_talent_association_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_talent_association_region ON talent_association (region_code, name, id);

-- Membership of a talent in an association; region_code is the association's.
CREATE TABLE talent_association_member (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    association_id BIGINT       NOT NULL,
    talent_id      BIGINT       NOT NULL,
    region_code    VARCHAR(12)  NOT NULL,
    role           VARCHAR(100) NULL,
    joined_on      DATE         NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_talent_association_member UNIQUE (association_id, talent_id),
    CONSTRAINT fk_talent_member_association FOREIGN KEY (association_id) REFERENCES talent_association (id),
    CONSTRAINT fk_talent_member_talent FOREIGN KEY (talent_id) REFERENCES talent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_talent_member_talent ON talent_association_member (talent_id, association_id);
CREATE INDEX ix_talent_member_region ON talent_association_member (region_code);

-- The ledger: one row per contribution. Investment keeps pledged and realised amounts apart;
-- project_id is the project's database id (no foreign key until the projects module lands),
-- project_name the name as recorded. beneficiary_code is the village or township that benefits.
CREATE TABLE talent_contribution (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    talent_id        BIGINT         NOT NULL,
    region_code      VARCHAR(12)    NOT NULL,
    kind             VARCHAR(16)    NOT NULL,
    occurred_on      DATE           NOT NULL,
    pledged_amount   DECIMAL(18, 2) NULL,
    realised_amount  DECIMAL(18, 2) NULL,
    donated_amount   DECIMAL(18, 2) NULL,
    jobs_created     INT            NULL,
    people_reached   INT            NULL,
    service_kind     VARCHAR(16)    NULL,
    purpose          VARCHAR(500)   NULL,
    referred         VARCHAR(200)   NULL,
    beneficiary_id   BIGINT         NULL,
    beneficiary_code VARCHAR(12)    NULL,
    project_id       BIGINT         NULL,
    project_name     VARCHAR(200)   NULL,
    description      VARCHAR(2000)  NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    created_at       DATETIME(6)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_talent_contribution_talent FOREIGN KEY (talent_id) REFERENCES talent (id),
    CONSTRAINT fk_talent_contribution_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_talent_contribution_talent ON talent_contribution (talent_id, occurred_on, id);
CREATE INDEX ix_talent_contribution_region ON talent_contribution (region_code, kind);
CREATE INDEX ix_talent_contribution_beneficiary ON talent_contribution (beneficiary_code, occurred_on, id);
CREATE INDEX ix_talent_contribution_project ON talent_contribution (project_id, occurred_on, id);

-- Excel imports run in the background; clients poll their progress. Not region-scoped: a job is
-- visible to the account that started it (and platform admins).
CREATE TABLE talent_import (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    started_by     VARCHAR(100) NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    validate_only  BOOLEAN      NOT NULL,
    mode           VARCHAR(32)  NOT NULL,
    status         VARCHAR(32)  NOT NULL,
    total_rows     INT          NOT NULL DEFAULT 0,
    processed_rows INT          NOT NULL DEFAULT 0,
    created_rows   INT          NOT NULL DEFAULT 0,
    updated_rows   INT          NOT NULL DEFAULT 0,
    error_count    INT          NOT NULL DEFAULT 0,
    errors         MEDIUMTEXT   NULL,
    failure        VARCHAR(500) NULL,
    started_at     DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_talent_import_starter ON talent_import (started_by, started_at);
