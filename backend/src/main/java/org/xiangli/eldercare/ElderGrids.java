package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.grid.Grid;
import org.xiangli.grid.GridDirectory;

import java.util.Optional;

/**
 * Places elders in grids: the grid must lie in the elder's village or in its township (a grid
 * spanning villages), so its worker can reach them; its worker then answers the elder's alerts first.
 */
@Component
class ElderGrids {

    private final GridDirectory grids;

    ElderGrids(GridDirectory grids) {
        this.grids = grids;
    }

    /** The id of the grid given by global ID for an elder of this village; null for none. */
    @Nullable Long checked(@Nullable String gridId, String villageCode, String field) {
        if (gridId == null) {
            return null;
        }
        return inVillage(grids.byId(GlobalId.decode(gridId, GridDirectory.TYPE, field)), villageCode, field);
    }

    /** The id of the grid given by code (imports); null for none. */
    @Nullable Long byCode(@Nullable String gridCode, String villageCode, String field) {
        return gridCode == null ? null : inVillage(grids.byCode(gridCode), villageCode, field);
    }

    private static long inVillage(Optional<Grid> found, String villageCode, String field) {
        Grid grid = found.orElseThrow(() -> ApiException.notFound(field, "no grid with this ID in your scope"));
        if (!villageCode.startsWith(grid.getRegionCode())) {
            throw ApiException.badRequest(field, "the grid " + grid.getName() + " (" + grid.getCode() + ") lies in "
                    + grid.getRegionCode() + ": an elder's grid lies in their village " + villageCode + " or its township");
        }
        return grid.getId();
    }
}
