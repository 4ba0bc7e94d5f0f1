package org.xiangli.graphql;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Relay object identification: {@code node(id:)} for every type that implements Node. */
@Controller
class NodeController {

    private final Map<String, NodeFetcher> fetchers;

    NodeController(List<NodeFetcher> fetchers) {
        this.fetchers = fetchers.stream().collect(Collectors.toMap(NodeFetcher::type, Function.identity()));
    }

    @QueryMapping
    @Nullable Object node(@Argument String id) {
        GlobalId globalId = GlobalId.decode(id, "id");
        NodeFetcher fetcher = fetchers.get(globalId.type());
        return fetcher == null ? null : fetcher.fetch(globalId.id());
    }
}
