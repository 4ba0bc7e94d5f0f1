-- Grids (网格) and grid workers (网格员), issue 14. Runs on MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.

-- A grid under a village or community, or under a township when it spans villages; a micro grid
-- lies in a large one. region_code is the holding unit's division code (the scope column).
CREATE TABLE grid (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(60)  NOT NULL,
    size        VARCHAR(8)   NOT NULL,
    region_code VARCHAR(12)  NOT NULL,
    parent_id   BIGINT       NULL,
    boundary    VARCHAR(500) NULL,
    households  INT          NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_grid_code UNIQUE (code),
    CONSTRAINT fk_grid_parent FOREIGN KEY (parent_id) REFERENCES grid (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the list (scope by code prefix, ordered by code) and Region.grids
CREATE INDEX ix_grid_region ON grid (region_code, code);
CREATE INDEX ix_grid_parent ON grid (parent_id, code);

-- A person serving a grid. The phone is encrypted at rest (key id, nonce, tag, base64);
-- region_code is the grid's, kept with it when the worker moves.
CREATE TABLE grid_worker (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    grid_id     BIGINT       NOT NULL,
    region_code VARCHAR(12)  NOT NULL,
    name        VARCHAR(40)  NOT NULL,
    phone       VARCHAR(300) NULL,
    username    VARCHAR(100) NOT NULL,
    employment  VARCHAR(16)  NOT NULL,
    talent_id   BIGINT       NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_grid_worker_username UNIQUE (username),
    CONSTRAINT fk_grid_worker_grid FOREIGN KEY (grid_id) REFERENCES grid (id),
    CONSTRAINT fk_grid_worker_talent FOREIGN KEY (talent_id) REFERENCES talent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_grid_worker_grid ON grid_worker (grid_id, employment, id);
