package org.xiangli.grid;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.xiangli.graphql.BatchMaps;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.PageRequest;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.security.Roles;
import org.xiangli.talent.TalentLookup;

import java.util.List;
import java.util.Map;

/** GraphQL entry points of the grids; nested fields are batch-loaded. */
@Controller
class GridController {

    private final GridDirectory directory;
    private final GridRegistry registry;
    private final RegionDirectory regions;
    private final TalentLookup talents;

    GridController(GridDirectory directory, GridRegistry registry, RegionDirectory regions, TalentLookup talents) {
        this.directory = directory;
        this.registry = registry;
        this.regions = regions;
        this.talents = talents;
    }

    @QueryMapping
    @PreAuthorize(Roles.GRID_READERS)
    Connection<Grid> grids(@Argument @Nullable Integer first, @Argument @Nullable String after,
                           @Argument GridInputs.@Nullable GridFilter filter) {
        return directory.list(filter == null ? GridInputs.GridFilter.NONE : filter, PageRequest.of(first, after, null, null));
    }

    @MutationMapping
    @PreAuthorize(Roles.GRID_KEEPERS)
    GridInputs.GridPayload createGrid(@Argument @Valid GridInputs.CreateGridInput input) {
        return new GridInputs.GridPayload(registry.create(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.GRID_KEEPERS)
    GridInputs.GridPayload updateGrid(@Argument @Valid GridInputs.UpdateGridInput input) {
        return new GridInputs.GridPayload(registry.update(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.GRID_KEEPERS)
    GridInputs.GridWorkerPayload registerGridWorker(@Argument @Valid GridInputs.RegisterGridWorkerInput input) {
        return new GridInputs.GridWorkerPayload(registry.register(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.GRID_KEEPERS)
    GridInputs.GridWorkerPayload updateGridWorker(@Argument @Valid GridInputs.UpdateGridWorkerInput input) {
        return new GridInputs.GridWorkerPayload(registry.update(input));
    }

    @BatchMapping(typeName = "Region")
    Map<Region, List<Grid>> grids(List<Region> units) {
        return BatchMaps.many(units, Region::getCode, directory.heldBy(BatchMaps.keys(units, Region::getCode)));
    }

    @SchemaMapping(typeName = "Grid")
    String id(Grid grid) {
        return GlobalId.of(Grid.TYPE, grid.getId());
    }

    @BatchMapping(typeName = "Grid")
    Map<Grid, Region> region(List<Grid> grids) {
        return BatchMaps.one(grids, Grid::getRegionCode, regions.byCodes(BatchMaps.keys(grids, Grid::getRegionCode)));
    }

    @BatchMapping(typeName = "Grid")
    Map<Grid, Grid> parent(List<Grid> grids) {
        return BatchMaps.one(grids, Grid::getParentId, directory.byIds(BatchMaps.keys(grids, Grid::getParentId)));
    }

    @BatchMapping(typeName = "Grid")
    Map<Grid, List<Grid>> children(List<Grid> grids) {
        return BatchMaps.many(grids, Grid::getId, directory.children(BatchMaps.keys(grids, Grid::getId)));
    }

    @BatchMapping(typeName = "Grid")
    Map<Grid, List<GridWorker>> workers(List<Grid> grids) {
        return BatchMaps.many(grids, Grid::getId, directory.workersOf(BatchMaps.keys(grids, Grid::getId)));
    }

    @SchemaMapping(typeName = "GridWorker")
    String id(GridWorker worker) {
        return GlobalId.of(GridWorker.TYPE, worker.getId());
    }

    @BatchMapping(typeName = "GridWorker")
    Map<GridWorker, Grid> grid(List<GridWorker> workers) {
        return BatchMaps.one(workers, GridWorker::getGridId, directory.byIds(BatchMaps.keys(workers, GridWorker::getGridId)));
    }

    @BatchMapping(typeName = "GridWorker")
    Map<GridWorker, Object> talent(List<GridWorker> workers) {
        return BatchMaps.one(workers, GridWorker::getTalentId, talents.byIds(BatchMaps.keys(workers, GridWorker::getTalentId)));
    }
}
