package org.xiangli.live;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code change_outbox}: one committed change of one topic, made by the instance {@code origin}. */
record OutboxRow(long id, String topic, long entityId, String action, String origin) {

    static final String COLUMNS = "id, topic, entity_id, action, origin";

    static OutboxRow read(ResultSet rs, int n) throws SQLException {
        return new OutboxRow(rs.getLong("id"), rs.getString("topic"), rs.getLong("entity_id"), rs.getString("action"), rs.getString("origin"));
    }
}
