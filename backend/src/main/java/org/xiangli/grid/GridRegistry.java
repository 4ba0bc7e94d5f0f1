package org.xiangli.grid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.region.RegionLevel;
import org.xiangli.region.Within;
import org.xiangli.talent.TalentLookup;

/** Draws grids and registers their workers; every change is audited through JPA and version-guarded. */
@Service
@Transactional
class GridRegistry {

    private final Grids grids;
    private final GridWorkers workers;
    private final GridDirectory directory;
    private final RegionDirectory regions;
    private final TalentLookup talents;
    private final VersionGuard versions;
    private final JdbcClient jdbc;

    GridRegistry(Grids grids, GridWorkers workers, GridDirectory directory, RegionDirectory regions, TalentLookup talents,
                 VersionGuard versions, JdbcClient jdbc) {
        this.grids = grids;
        this.workers = workers;
        this.directory = directory;
        this.regions = regions;
        this.talents = talents;
        this.versions = versions;
        this.jdbc = jdbc;
    }

    Grid create(GridInputs.CreateGridInput input) {
        String code = Within.code(input.regionCode(), "input.regionCode");
        Region unit = regions.byCode(code)
                .orElseThrow(() -> ApiException.notFound("input.regionCode", "no unit with code " + code + " in your scope"));
        if (unit.getLevel() == RegionLevel.COUNTY) {
            throw ApiException.badRequest("input.regionCode", "a grid lies under a village, community or township, not a county");
        }
        if (unit.isRetired()) {
            throw ApiException.badRequest("input.regionCode", unit.getName() + " is retired: draw the grid under its successor");
        }
        Long parentId = null;
        if (input.size() == GridSize.MICRO) {
            if (input.parentId() == null) {
                throw ApiException.badRequest("input.parentId", "a micro grid lies in a large grid: give the large grid's ID");
            }
            Grid parent = directory.byId(GlobalId.decode(input.parentId(), Grid.TYPE, "input.parentId"))
                    .orElseThrow(() -> ApiException.notFound("input.parentId", "no grid with this ID in your scope"));
            if (parent.getSize() != GridSize.LARGE) {
                throw ApiException.badRequest("input.parentId", parent.getName() + " is a micro grid: a micro grid lies in a large grid");
            }
            if (!code.startsWith(parent.getRegionCode())) {
                throw ApiException.badRequest("input.parentId", parent.getName() + " is held by " + parent.getRegionCode()
                        + ": a micro grid lies in a large grid of the same unit or of its township");
            }
            parentId = parent.getId();
        } else if (input.parentId() != null) {
            throw ApiException.badRequest("input.parentId", "a large grid lies in no other grid: leave parentId out");
        }
        try {
            return grids.saveAndFlush(new Grid(nextCode(code), input.name().strip(), input.size(), code, parentId,
                    blankToNull(input.boundary()), input.households()));
        } catch (DataIntegrityViolationException sameMoment) {
            throw ApiException.conflict("input.regionCode", "another grid was drawn under " + code + " at the same moment: send it again");
        }
    }

    Grid update(GridInputs.UpdateGridInput input) {
        Grid grid = directory.byId(GlobalId.decode(input.id(), Grid.TYPE, "input.id"))
                .orElseThrow(() -> ApiException.notFound("input.id", "no grid with this ID in your scope"));
        versions.claim(grid, input.version(), "The grid");
        if (input.name() != null) {
            if (input.name().isBlank()) {
                throw ApiException.badRequest("input.name", "must not be blank");
            }
            grid.rename(input.name().strip());
        }
        grid.describe(input.boundary() != null ? blankToNull(input.boundary()) : grid.getBoundary(),
                input.households() != null ? input.households() : grid.getHouseholds());
        return grids.saveAndFlush(grid);
    }

    GridWorker register(GridInputs.RegisterGridWorkerInput input) {
        Grid grid = directory.byId(GlobalId.decode(input.gridId(), Grid.TYPE, "input.gridId"))
                .orElseThrow(() -> ApiException.notFound("input.gridId", "no grid with this ID in your scope"));
        Long talentId = null;
        if (input.talentId() != null) {
            talentId = GlobalId.decode(input.talentId(), TalentLookup.TYPE, "input.talentId");
            if (!talents.exists(talentId)) {
                throw ApiException.notFound("input.talentId", "no talent with this ID in your scope");
            }
        }
        try {
            return workers.saveAndFlush(new GridWorker(grid, input.name().strip(), input.phone(), input.username(),
                    input.employment(), talentId));
        } catch (DataIntegrityViolationException taken) {
            // uk_grid_worker_username: one worker per account, whoever's scope it is in
            throw ApiException.conflict("input.username", "the account " + input.username()
                    + " is registered as a grid worker already: change that worker (updateGridWorker) instead");
        }
    }

    GridWorker update(GridInputs.UpdateGridWorkerInput input) {
        GridWorker worker = directory.worker(GlobalId.decode(input.id(), GridWorker.TYPE, "input.id"))
                .orElseThrow(() -> ApiException.notFound("input.id", "no grid worker with this ID in your scope"));
        versions.claim(worker, input.version(), "The grid worker");
        if (input.gridId() != null) {
            worker.moveTo(directory.byId(GlobalId.decode(input.gridId(), Grid.TYPE, "input.gridId"))
                    .orElseThrow(() -> ApiException.notFound("input.gridId", "no grid with this ID in your scope")));
        }
        if (input.phone() != null) {
            worker.call(input.phone());
        }
        if (input.employment() != null) {
            worker.employ(input.employment());
        }
        if (input.active() != null) {
            worker.serve(input.active());
        }
        return workers.saveAndFlush(worker);
    }

    /** The unit's code, a dash and the next free number (two digits and more). */
    private String nextCode(String regionCode) {
        int taken = jdbc.sql("SELECT COUNT(*) FROM grid WHERE region_code = ?").param(regionCode).query(Integer.class).single();
        return "%s-%02d".formatted(regionCode, taken + 1);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
