package org.xiangli.graphql;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A Relay cursor connection. {@code totalCount} is computed only when a client selects it.
 */
public final class Connection<T> {

    private final List<Edge<T>> edges;
    private final PageInfo pageInfo;
    private final LongSupplier totalCount;

    public Connection(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    public List<Edge<T>> getEdges() {
        return edges;
    }

    public List<T> getNodes() {
        return edges.stream().map(Edge::node).toList();
    }

    public PageInfo getPageInfo() {
        return pageInfo;
    }

    public long getTotalCount() {
        return totalCount.getAsLong();
    }

    public record Edge<T>(T node, String cursor) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
