package org.xiangli.grid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.NodeFetcher;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.Paging;
import org.xiangli.region.Within;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of the grids and their workers, limited to the caller's scope (a grid worker: their own
 * grid and its micro grids). Other modules (the ledger of matters) place their records with it.
 */
@Service
public class GridDirectory implements NodeFetcher {

    /** The global ID type of grids. */
    public static final String TYPE = Grid.TYPE;

    private static final Sort BY_CODE = Sort.by("code", "id");

    private final Grids grids;
    private final GridWorkers workers;

    GridDirectory(Grids grids, GridWorkers workers) {
        this.grids = grids;
        this.workers = workers;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public @Nullable Grid fetch(long id) {
        return byId(id).orElse(null);
    }

    public Optional<Grid> byId(long id) {
        return grids.findOne(GridSpecifications.withIds(List.of(id)));
    }

    /** The grid of this code, in scope. */
    public Optional<Grid> byCode(String code) {
        return grids.findOne(GridSpecifications.visible().and((root, query, cb) -> cb.equal(root.get("code"), code)));
    }

    /** Grids by id, many at once (for nested fields); those out of scope are absent. */
    public Map<Long, Grid> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : grids.findAll(GridSpecifications.withIds(ids)).stream()
                .collect(Collectors.toMap(Grid::getId, Function.identity()));
    }

    /** The active grid worker registered under this user name, in the caller's scope. */
    public Optional<Worker> activeWorker(String username) {
        return workers.findByUsername(username).filter(GridWorker::isActive).filter(this::visible)
                .map(worker -> new Worker(worker.getUsername(), worker.getName(), worker.getGridId(), worker.regionCode()));
    }

    /**
     * A grid worker as other modules see them.
     *
     * @param regionCode the division code of the unit holding the worker's grid
     */
    public record Worker(String username, String name, long gridId, String regionCode) {
    }

    Connection<Grid> list(GridInputs.GridFilter filter, PageRequest page) {
        return Paging.page(grids, GridSpecifications.matching(filter, Within.pattern(filter.within(), "filter.within")), BY_CODE, page);
    }

    Map<String, List<Grid>> heldBy(Collection<String> regionCodes) {
        return regionCodes.isEmpty() ? Map.of() : grids.findAll(GridSpecifications.inRegions(regionCodes), BY_CODE).stream()
                .collect(Collectors.groupingBy(Grid::getRegionCode));
    }

    Map<Long, List<Grid>> children(Collection<Long> parentIds) {
        return parentIds.isEmpty() ? Map.of() : grids.findAll(GridSpecifications.childrenOf(parentIds), BY_CODE).stream()
                .collect(Collectors.groupingBy(Grid::getParentId));
    }

    Map<Long, List<GridWorker>> workersOf(Collection<Long> gridIds) {
        return gridIds.isEmpty() ? Map.of() : workers.findByGridIdInAndActiveTrueOrderByEmploymentAscIdAsc(gridIds).stream()
                .filter(this::visible).collect(Collectors.groupingBy(GridWorker::getGridId));
    }

    Optional<GridWorker> worker(long id) {
        return workers.findOne((root, query, cb) -> cb.equal(root.get("id"), id)).filter(this::visible);
    }

    /** A grid worker sees the workers of their own grid only. */
    private boolean visible(GridWorker worker) {
        Caller caller = CurrentCaller.get();
        return !caller.isGridWorker() || worker.getGridId().equals(caller.grid());
    }
}
