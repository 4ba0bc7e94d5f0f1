-- Append-only audit log: every change and every unmasked read of personal data.
CREATE TABLE audit_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    actor_roles  VARCHAR(200)  NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    entity_type  VARCHAR(64)   NOT NULL,
    entity_id    BIGINT        NULL,
    region_code  VARCHAR(12)   NOT NULL,
    detail       TEXT          NULL,
    request_id   VARCHAR(64)   NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_region_time ON audit_log (region_code, occurred_at, id);
CREATE INDEX ix_audit_actor_time ON audit_log (actor, occurred_at, id);
CREATE INDEX ix_audit_entity ON audit_log (entity_type, entity_id, occurred_at);
CREATE INDEX ix_audit_action_time ON audit_log (action, occurred_at, id);
CREATE INDEX ix_audit_time ON audit_log (occurred_at, id);
