package org.xiangli.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * A Relay cursor connection. {@code totalCount} is computed only when a client selects it, the
 * cursors only when it selects edges or the page info's cursors (most lists ask for neither).
 */
public final class Connection<T> {

    private final List<T> nodes;
    private final IntFunction<String> cursorAt;
    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final LongSupplier totalCount;

    /** @param cursorAt the cursor of the node at an index */
    public Connection(List<T> nodes, IntFunction<String> cursorAt, boolean hasNextPage, boolean hasPreviousPage,
                      LongSupplier totalCount) {
        this.nodes = nodes;
        this.cursorAt = cursorAt;
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.totalCount = totalCount;
    }

    public List<Edge<T>> getEdges() {
        List<Edge<T>> edges = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(new Edge<>(nodes.get(i), cursorAt.apply(i)));
        }
        return edges;
    }

    public List<T> getNodes() {
        return nodes;
    }

    public PageInfo getPageInfo() {
        return new PageInfo(hasNextPage, hasPreviousPage,
                nodes.isEmpty() ? null : cursorAt.apply(0),
                nodes.isEmpty() ? null : cursorAt.apply(nodes.size() - 1));
    }

    public long getTotalCount() {
        return totalCount.getAsLong();
    }

    public record Edge<T>(T node, String cursor) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
