package org.xiangli.graphql;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.Map;

/**
 * An operation's data loaders, holding only those its fields asked for. Spring registers every
 * batch loader of the schema (seventy-odd) for each operation, and graphql-java dispatches all the
 * registered ones at every level of the answer, each reading the clock: a tenth of a small list
 * request's CPU (JFR, docs/performance.md). A loader registered here joins the dispatched ones the
 * first time a field asks for it by name.
 */
final class DataLoadersInUse extends DataLoaderRegistry {

    /** Filled before the operation runs, read only while it runs. */
    private final Map<String, DataLoader<?, ?>> available = HashMap.newHashMap(128);

    @Override
    public DataLoaderRegistry register(String key, DataLoader<?, ?> dataLoader) {
        available.put(key, dataLoader);
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> @Nullable DataLoader<K, V> getDataLoader(String key) {
        DataLoader<?, ?> inUse = dataLoaders.get(key);
        if (inUse == null && available.containsKey(key)) {
            inUse = dataLoaders.computeIfAbsent(key, available::get);
        }
        return (DataLoader<K, V>) inUse;
    }

    /** Gives each operation its own {@link DataLoadersInUse}, which Spring then fills with the loaders. */
    @Component
    static class PerOperation implements WebGraphQlInterceptor {

        @Override
        public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
            request.configureExecutionInput((input, builder) -> builder.dataLoaderRegistry(new DataLoadersInUse()).build());
            return chain.next(request);
        }
    }
}
