package org.xiangli.graphql;

import org.springframework.data.domain.ScrollPosition;

import java.util.HashMap;

/**
 * A row {@link SelectionSql} read for GraphQL: its fields by GraphQL name (read by graphql-java's
 * map property fetcher, or by {@link SqlRowFields} where a field has a fetcher of its own) and
 * its keyset position.
 */
public final class SqlRow extends HashMap<String, Object> {

    private transient ScrollPosition position;

    ScrollPosition position() {
        return position;
    }

    void position(ScrollPosition position) {
        this.position = position;
    }
}
