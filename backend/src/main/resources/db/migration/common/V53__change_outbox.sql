-- Live changes of every feature through one outbox (org.xiangli.live): alert_change_outbox (V10)
-- becomes change_outbox, whose rows name their topic ('alert', 'matter') and the changed entity.
-- Rows live minutes and nothing reads old ones, so the table is made anew rather than converted:
-- the changes committed in the moment of the upgrade may not reach the other instances' dashboards
-- (which reload when they reconnect). Old instances write alert_change_outbox: stop them all before
-- the first instance of this version starts. No foreign key on entity_id: the feed must never hold
-- up a write, and the entity's table depends on the topic.

DROP TABLE alert_change_outbox;

CREATE TABLE change_outbox (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    topic      VARCHAR(32)  NOT NULL,
    entity_id  BIGINT       NOT NULL,
    action     VARCHAR(16)  NOT NULL,
    origin     VARCHAR(255) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_change_outbox_created ON change_outbox (created_at);
