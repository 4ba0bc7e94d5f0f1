package org.xiangli.grid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Grids and grid workers from a trusted source (the demo data set). Idempotent: a grid whose code
 * exists and a worker whose user name exists are left as they are.
 */
@Service
@Transactional
public class GridSeeding {

    private final Grids grids;
    private final GridWorkers workers;

    GridSeeding(Grids grids, GridWorkers workers) {
        this.grids = grids;
        this.workers = workers;
    }

    /** Creates the grid unless its code exists; answers its id. */
    public long ensureGrid(String code, String regionCode, String name, GridSize size, @Nullable String parentCode,
                           @Nullable String boundary, @Nullable Integer households) {
        Optional<Grid> existing = grids.findByCode(code);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Long parentId = parentCode == null ? null : grids.findByCode(parentCode).map(Grid::getId).orElseThrow();
        return grids.saveAndFlush(new Grid(code, name, size, regionCode, parentId, boundary, households)).getId();
    }

    /** The id of the grid of this code, if any. */
    public Optional<Long> idOf(String code) {
        return grids.findByCode(code).map(Grid::getId);
    }

    /** Registers the worker on the grid of this code unless the user name is registered; true when created. */
    public boolean ensureWorker(String gridCode, String name, @Nullable String phone, String username, GridEmployment employment,
                                @Nullable Long talentId) {
        if (workers.findByUsername(username).isPresent()) {
            return false;
        }
        Grid grid = grids.findByCode(gridCode).orElseThrow();
        workers.saveAndFlush(new GridWorker(grid, name, phone, username, employment, talentId));
        return true;
    }
}
