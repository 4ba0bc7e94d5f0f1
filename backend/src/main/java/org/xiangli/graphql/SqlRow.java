package org.xiangli.graphql;

import org.jspecify.annotations.Nullable;
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

    /** Whether the row answers the field: its global {@code id}, or a value it was read with. */
    boolean answers(String field) {
        return field.equals("id") || containsKey(field);
    }

    /** The field's answer: the Relay global id for {@code id}, as the entity writes it, else the value read. */
    @Nullable Object field(String field) {
        return field.equals("id") ? GlobalId.of(type, id) : get(field);
    }

    ScrollPosition position() {
        return position;
    }

    void position(ScrollPosition position) {
        this.position = position;
    }
}
