-- Project pool (点菜式申报) and projects. Every table carries region_code, the division code its
-- rows belong to, so the one regionScope filter limits reads; child rows carry their parent's.
-- Money is DECIMAL(18,2) CNY, times are DATETIME(6) UTC.

-- A yearly round a county opens, with its budget and open/close dates.
CREATE TABLE pool_round (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    region_code VARCHAR(12)    NOT NULL,
    year        INT            NOT NULL,
    name        VARCHAR(200)   NOT NULL,
    opens_on    DATE           NOT NULL,
    closes_on   DATE           NOT NULL,
    budget      DECIMAL(18, 2) NOT NULL,
    committed   DECIMAL(18, 2) NOT NULL DEFAULT 0,
    version     BIGINT         NOT NULL DEFAULT 0,
    created_at  DATETIME(6)    NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pool_round_year UNIQUE (region_code, year),
    CONSTRAINT ck_pool_round_dates CHECK (closes_on >= opens_on),
    CONSTRAINT ck_pool_round_budget CHECK (committed >= 0 AND committed <= budget)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The menu of a round: project types villages choose from. code is stable across the years.
CREATE TABLE catalogue_item (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    round_id     BIGINT         NOT NULL,
    region_code  VARCHAR(12)    NOT NULL,
    code         VARCHAR(32)    NOT NULL,
    category     VARCHAR(32)    NOT NULL,
    name         VARCHAR(200)   NOT NULL,
    description  VARCHAR(2000)  NULL,
    eligibility  VARCHAR(2000)  NULL,
    subsidy_cap  DECIMAL(18, 2) NOT NULL,
    version      BIGINT         NOT NULL DEFAULT 0,
    created_at   DATETIME(6)    NOT NULL,
    updated_at   DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_catalogue_item_code UNIQUE (round_id, code),
    CONSTRAINT fk_catalogue_item_round FOREIGN KEY (round_id) REFERENCES pool_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_catalogue_item_code ON catalogue_item (region_code, code);

-- A village's application for a catalogue item. A rolled-over application points at the one of
-- the previous round it continues; lineage_id names the first of that chain (null for the first).
CREATE TABLE pool_application (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    round_id            BIGINT         NOT NULL,
    catalogue_item_id   BIGINT         NOT NULL,
    catalogue_code      VARCHAR(32)    NOT NULL,
    region_code         VARCHAR(12)    NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    reason              VARCHAR(4000)  NOT NULL,
    amount_asked        DECIMAL(18, 2) NOT NULL,
    co_funding          DECIMAL(18, 2) NOT NULL DEFAULT 0,
    amount_approved     DECIMAL(18, 2) NULL,
    status              VARCHAR(32)    NOT NULL,
    decision_reason     VARCHAR(2000)  NULL,
    notice_ends_at      DATETIME(6)    NULL,
    published           BOOLEAN        NOT NULL DEFAULT FALSE,
    rolled_over_from_id BIGINT         NULL,
    lineage_id          BIGINT         NULL,
    rolled_over_to_id   BIGINT         NULL,
    project_id          BIGINT         NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pool_application_round FOREIGN KEY (round_id) REFERENCES pool_round (id),
    CONSTRAINT fk_pool_application_item FOREIGN KEY (catalogue_item_id) REFERENCES catalogue_item (id),
    CONSTRAINT fk_pool_application_from FOREIGN KEY (rolled_over_from_id) REFERENCES pool_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_pool_application_scope ON pool_application (region_code, id);
CREATE INDEX ix_pool_application_round ON pool_application (round_id, status, id);
CREATE INDEX ix_pool_application_code ON pool_application (catalogue_code, region_code, id);
CREATE INDEX ix_pool_application_lineage ON pool_application (lineage_id);

-- Every step of an application: submitted, decided, returned, rolled over; who and when.
CREATE TABLE pool_application_event (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    application_id BIGINT         NOT NULL,
    region_code    VARCHAR(12)    NOT NULL,
    action         VARCHAR(32)    NOT NULL,
    status_after   VARCHAR(32)    NOT NULL,
    reason         VARCHAR(2000)  NULL,
    notice_ends_at DATETIME(6)    NULL,
    actor          VARCHAR(100)   NOT NULL,
    occurred_at    DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pool_application_event FOREIGN KEY (application_id) REFERENCES pool_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_pool_application_event ON pool_application_event (application_id, id);

-- A project. region_code is the owner's unit (village, township or county); county_code and
-- township_code are its ancestors' codes (a county-level project's township_code is the county's),
-- so lists within a unit filter by equality and the township aggregate groups by a column.
-- The *_total columns are the sums over project_funding, maintained with it under its row lock.
-- reported_through is the last day of the latest half month reported (overdue detection).
CREATE TABLE project (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    region_code       VARCHAR(12)    NOT NULL,
    county_code       VARCHAR(6)     NOT NULL,
    township_code     VARCHAR(9)     NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    category          VARCHAR(32)    NOT NULL,
    owner             VARCHAR(200)   NOT NULL,
    description       VARCHAR(4000)  NULL,
    year              INT            NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    status_reason     VARCHAR(2000)  NULL,
    application_id    BIGINT         NULL,
    published         BOOLEAN        NOT NULL DEFAULT FALSE,
    planned_start     DATE           NULL,
    planned_end       DATE           NULL,
    actual_start      DATE           NULL,
    actual_end        DATE           NULL,
    reported_through  DATE           NULL,
    budget_total      DECIMAL(18, 2) NOT NULL DEFAULT 0,
    disbursed_total   DECIMAL(18, 2) NOT NULL DEFAULT 0,
    paid_total        DECIMAL(18, 2) NOT NULL DEFAULT 0,
    version           BIGINT         NOT NULL DEFAULT 0,
    created_at        DATETIME(6)    NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_project_application UNIQUE (application_id),
    CONSTRAINT ck_project_money CHECK (paid_total <= disbursed_total AND disbursed_total <= budget_total)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Lists within a unit read its rows in id order (keyset paging, newest first) by equality on the
-- unit's level. Aggregates within a county read one index alone, already in township order.
CREATE INDEX ix_project_scope ON project (region_code, id);
CREATE INDEX ix_project_township ON project (township_code, id);
CREATE INDEX ix_project_county ON project (county_code, id);
CREATE INDEX ix_project_county_status ON project (county_code, status, category, id);
CREATE INDEX ix_project_name ON project (name, id);
CREATE INDEX ix_project_overdue ON project (status, reported_through, region_code);
CREATE INDEX ix_project_stats ON project (county_code, township_code, region_code, published, status, reported_through,
                                          category, year, budget_total, disbursed_total, paid_total);

ALTER TABLE pool_application ADD CONSTRAINT fk_pool_application_project FOREIGN KEY (project_id) REFERENCES project (id);
ALTER TABLE project ADD CONSTRAINT fk_project_application FOREIGN KEY (application_id) REFERENCES pool_application (id);

-- The villages a project serves, with their shares in percent (summing to 100).
CREATE TABLE project_village (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    project_id   BIGINT        NOT NULL,
    region_code  VARCHAR(12)   NOT NULL,
    village_code VARCHAR(12)   NOT NULL,
    share        DECIMAL(5, 2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_project_village UNIQUE (project_id, village_code),
    CONSTRAINT fk_project_village_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_project_village_share CHECK (share > 0 AND share <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_project_village_code ON project_village (village_code, project_id);

-- Budget of a project per funding source, with running totals. The row lock serialises money.
CREATE TABLE project_funding (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    project_id  BIGINT         NOT NULL,
    region_code VARCHAR(12)    NOT NULL,
    source      VARCHAR(32)    NOT NULL,
    budget      DECIMAL(18, 2) NOT NULL,
    disbursed   DECIMAL(18, 2) NOT NULL DEFAULT 0,
    paid        DECIMAL(18, 2) NOT NULL DEFAULT 0,
    version     BIGINT         NOT NULL DEFAULT 0,
    created_at  DATETIME(6)    NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_project_funding UNIQUE (project_id, source),
    CONSTRAINT fk_project_funding_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_project_funding_money CHECK (paid >= 0 AND paid <= disbursed AND disbursed <= budget)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Disbursements (拨付) and payments (支付), exact and append-only.
CREATE TABLE fund_movement (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    project_id  BIGINT         NOT NULL,
    region_code VARCHAR(12)    NOT NULL,
    kind        VARCHAR(16)    NOT NULL,
    source      VARCHAR(32)    NOT NULL,
    amount      DECIMAL(18, 2) NOT NULL,
    moved_on    DATE           NOT NULL,
    payee_kind  VARCHAR(16)    NOT NULL,
    payee       VARCHAR(200)   NOT NULL,
    voucher_no  VARCHAR(64)    NOT NULL,
    note        VARCHAR(1000)  NULL,
    recorded_by VARCHAR(100)   NOT NULL,
    recorded_at DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_fund_movement_voucher UNIQUE (project_id, kind, voucher_no),
    CONSTRAINT fk_fund_movement_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_fund_movement_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_fund_movement_project ON fund_movement (project_id, moved_on, id);

-- Each status change of a project, with its actor and reason.
CREATE TABLE project_transition (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    project_id  BIGINT        NOT NULL,
    region_code VARCHAR(12)   NOT NULL,
    from_status VARCHAR(16)   NULL,
    to_status   VARCHAR(16)   NOT NULL,
    reason      VARCHAR(2000) NULL,
    actor       VARCHAR(100)  NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_project_transition_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_project_transition_project ON project_transition (project_id, id);

-- Special-bond stages 借、建、用、还, in order.
CREATE TABLE bond_stage (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    project_id  BIGINT         NOT NULL,
    region_code VARCHAR(12)    NOT NULL,
    stage       VARCHAR(16)    NOT NULL,
    happened_on DATE           NOT NULL,
    amount      DECIMAL(18, 2) NULL,
    note        VARCHAR(1000)  NULL,
    recorded_by VARCHAR(100)   NOT NULL,
    recorded_at DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_bond_stage_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_bond_stage_project ON bond_stage (project_id, id);

-- One progress report per project and half month (1st–15th, 16th–end).
CREATE TABLE progress_report (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    project_id    BIGINT         NOT NULL,
    region_code   VARCHAR(12)    NOT NULL,
    period_start  DATE           NOT NULL,
    period_end    DATE           NOT NULL,
    percent_done  INT            NOT NULL,
    money_spent   DECIMAL(18, 2) NOT NULL,
    narrative     VARCHAR(4000)  NOT NULL,
    reported_by   VARCHAR(100)   NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    created_at    DATETIME(6)    NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_progress_report_period UNIQUE (project_id, period_start),
    CONSTRAINT fk_progress_report_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_progress_report_percent CHECK (percent_done BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Evidence files of a report: the bytes live on disk under storage_key, checked by sha256.
CREATE TABLE evidence_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    report_id    BIGINT       NOT NULL,
    project_id   BIGINT       NOT NULL,
    region_code  VARCHAR(12)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(64)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    storage_key  VARCHAR(255) NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_evidence_storage UNIQUE (storage_key),
    CONSTRAINT fk_evidence_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
    CONSTRAINT fk_evidence_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_evidence_report ON evidence_file (report_id, id);
