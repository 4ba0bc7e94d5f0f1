package org.xiangli.project;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.xiangli.graphql.AskedFields;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.PageRequest;
import org.xiangli.region.Region;
import reactor.core.publisher.Mono;

import java.util.concurrent.CompletableFuture;

/** {@code Region.projects}: each unit's page is asked of one loader, which reads all units' pages at once. */
@Controller
class RegionProjectsController {

    private static final String LOADER = "regionProjects";

    RegionProjectsController(RegionProjects projects, BatchLoaderRegistry loaders) {
        loaders.<RegionProjects.Page, Connection<Project>>forName(LOADER)
                .registerMappedBatchLoader((pages, environment) -> Mono.just(projects.load(pages)));
    }

    @SchemaMapping(typeName = "Region")
    CompletableFuture<Connection<Project>> projects(Region region, @Argument @Nullable Integer first, @Argument @Nullable String after,
                                                    @Argument @Nullable RegionProjectFilter filter, AskedFields asked,
                                                    DataFetchingEnvironment environment) {
        RegionProjects.Page page = new RegionProjects.Page(region.getCode(),
                (filter == null ? RegionProjectFilter.NONE : filter).normalized(),
                PageRequest.of(first, after, null, null),
                asked.contains("totalCount"));
        DataLoader<RegionProjects.Page, Connection<Project>> loader = environment.getDataLoader(LOADER);
        return loader.load(page);
    }
}
