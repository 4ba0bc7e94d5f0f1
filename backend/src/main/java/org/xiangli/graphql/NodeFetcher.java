package org.xiangli.graphql;

import org.jspecify.annotations.Nullable;

/**
 * Loads objects of one GraphQL type for {@code Query.node}. Each feature registers one per type
 * that implements {@code Node}; it must apply the caller's scope like any other read.
 */
public interface NodeFetcher {

    /** The GraphQL type name this fetcher serves. */
    String type();

    /** The object, or null when it does not exist or is out of the caller's scope. */
    @Nullable Object fetch(long id);
}
