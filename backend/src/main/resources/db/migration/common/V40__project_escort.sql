-- Project escort (护航) and supervision (纪检监督), issue 14. Runs on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.
-- Every table carries region_code, the escorted project's owning unit, for the regionScope filter.

-- The milestones a county sets for a category of projects (土地摘牌 → 开工 → 入库 → 竣工 → 投产);
-- region_code is the county's code. Steps are in position order, each due offset_days after the start.
CREATE TABLE milestone_template (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    region_code VARCHAR(12) NOT NULL,
    category    VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_milestone_template UNIQUE (region_code, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE milestone_template_step (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    template_id BIGINT      NOT NULL,
    position    INT         NOT NULL,
    name        VARCHAR(40) NOT NULL,
    offset_days INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_milestone_template_step UNIQUE (template_id, position),
    CONSTRAINT fk_milestone_template_step FOREIGN KEY (template_id) REFERENCES milestone_template (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A key project under escort, with its commissioner (项目专员).
CREATE TABLE project_escort (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    project_id            BIGINT       NOT NULL,
    region_code           VARCHAR(12)  NOT NULL,
    commissioner_username VARCHAR(100) NULL,
    commissioner_name     VARCHAR(40)  NULL,
    escorted_by           VARCHAR(100) NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_project_escort UNIQUE (project_id),
    CONSTRAINT fk_project_escort_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A milestone of an escorted project. overdue_matter_id is the matter the sweep filed when its
-- deadline passed undone: set once, so a second sweep files nothing.
CREATE TABLE project_milestone (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    project_id        BIGINT      NOT NULL,
    region_code       VARCHAR(12) NOT NULL,
    position          INT         NOT NULL,
    name              VARCHAR(40) NOT NULL,
    deadline          DATE        NOT NULL,
    responsible       VARCHAR(40) NULL,
    done_on           DATE        NULL,
    overdue_matter_id BIGINT      NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    created_at        DATETIME(6) NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_project_milestone_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_milestone_matter FOREIGN KEY (overdue_matter_id) REFERENCES matter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_project_milestone_project ON project_milestone (project_id, position);
-- the sweep: undone milestones by deadline
CREATE INDEX ix_project_milestone_due ON project_milestone (done_on, deadline);

-- A supervisors' site check (检查) of a project; its findings are matters (site_check_finding).
CREATE TABLE site_check (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    project_id  BIGINT        NOT NULL,
    region_code VARCHAR(12)   NOT NULL,
    checked_on  DATE          NOT NULL,
    checkers    VARCHAR(200)  NOT NULL,
    summary     VARCHAR(2000) NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_site_check_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_site_check_project ON site_check (project_id, checked_on);

CREATE TABLE site_check_finding (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    check_id    BIGINT      NOT NULL,
    region_code VARCHAR(12) NOT NULL,
    position    INT         NOT NULL,
    matter_id   BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_site_check_finding_matter UNIQUE (matter_id),
    CONSTRAINT fk_site_check_finding_check FOREIGN KEY (check_id) REFERENCES site_check (id),
    CONSTRAINT fk_site_check_finding_matter FOREIGN KEY (matter_id) REFERENCES matter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_site_check_finding_check ON site_check_finding (check_id, position);

-- The risk register (风险点 and 管控措施) of a project.
CREATE TABLE risk_point (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    project_id  BIGINT       NOT NULL,
    region_code VARCHAR(12)  NOT NULL,
    description VARCHAR(500) NOT NULL,
    level       VARCHAR(8)   NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_risk_point_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_risk_point_project ON risk_point (project_id, id);

CREATE TABLE control_measure (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    risk_point_id BIGINT       NOT NULL,
    region_code   VARCHAR(12)  NOT NULL,
    what          VARCHAR(500) NOT NULL,
    who           VARCHAR(40)  NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_control_measure_risk FOREIGN KEY (risk_point_id) REFERENCES risk_point (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_control_measure_risk ON control_measure (risk_point_id, id);
