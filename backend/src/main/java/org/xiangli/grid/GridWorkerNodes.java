package org.xiangli.grid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xiangli.graphql.NodeFetcher;

/** {@code node(id:)} for grid workers. */
@Component
class GridWorkerNodes implements NodeFetcher {

    private final GridDirectory directory;

    GridWorkerNodes(GridDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String type() {
        return GridWorker.TYPE;
    }

    @Override
    public @Nullable Object fetch(long id) {
        return directory.worker(id).orElse(null);
    }
}
