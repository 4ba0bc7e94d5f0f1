-- Live alerts across instances: every alert change is also written here, in the transaction that
-- made it, and every instance polls the rows after the last id it saw and passes the changes of
-- other instances to its own graphql-ws subscribers (AlertChangeFeed). origin is the instance that
-- made the change (it has sent it to its own subscribers already). Rows are pruned after a while;
-- nothing reads old ones. No foreign key on alert_id: the feed must never hold up an alert write.

CREATE TABLE alert_change_outbox (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    alert_id   BIGINT       NOT NULL,
    action     VARCHAR(16)  NOT NULL,
    origin     VARCHAR(255) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_alert_change_outbox_created ON alert_change_outbox (created_at);
