package org.xiangli.graphql;

import org.springframework.data.domain.ScrollPosition;

import java.util.HashMap;

/**
 * A row {@link SelectionSql} read for GraphQL: its fields by GraphQL name (read by graphql-java's
 * map property fetcher, or by {@link SqlRowFields} where a field has a fetcher of its own), the
 * GraphQL type and database id of its row (its global {@code id}) and its keyset position.
 */
public final class SqlRow extends HashMap<String, Object> {

    private final String type;
    private final long id;
    private transient ScrollPosition position;

    SqlRow(String type, long id) {
        this.type = type;
        this.id = id;
    }

    /** The row's Relay global id, as the entity's {@code id} field writes it. */
    String globalId() {
        return GlobalId.of(type, id);
    }

    ScrollPosition position() {
        return position;
    }

    void position(ScrollPosition position) {
        this.position = position;
    }
}
