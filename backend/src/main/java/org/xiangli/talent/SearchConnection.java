package org.xiangli.talent;

import org.xiangli.graphql.Connection;

import java.util.ArrayList;
import java.util.List;

/** The GraphQL {@code TalentSearchConnection}: hits with their scores and offset cursors. */
record SearchConnection(List<Edge> edges, Connection.PageInfo pageInfo, long totalCount) {

    /** The GraphQL {@code TalentSearchEdge}. */
    record Edge(Talent node, float score, String cursor) {
    }

    static SearchConnection of(TalentSearch.Hits hits, SearchCursor page) {
        List<Edge> edges = new ArrayList<>(hits.hits().size());
        for (int i = 0; i < hits.hits().size(); i++) {
            TalentSearch.Hit hit = hits.hits().get(i);
            edges.add(new Edge(hit.talent(), hit.score(), SearchCursor.encode(page.offset() + i)));
        }
        Connection.PageInfo info = new Connection.PageInfo(page.offset() + page.size() < hits.total(), page.offset() > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
        return new SearchConnection(edges, info, hits.total());
    }

    public List<Talent> nodes() {
        return edges.stream().map(Edge::node).toList();
    }
}
