package org.xiangli.eldercare;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;
import org.xiangli.graphql.BatchMaps;
import org.xiangli.grid.Grid;
import org.xiangli.grid.GridDirectory;

import java.util.List;
import java.util.Map;

/** {@code Elder.grid}: the grids of a page of elders in one query (null when none, or out of the caller's scope). */
@Controller
class ElderGridField {

    private final GridDirectory grids;

    ElderGridField(GridDirectory grids) {
        this.grids = grids;
    }

    @BatchMapping(typeName = "Elder")
    Map<Elder, Grid> grid(List<Elder> elders) {
        return BatchMaps.one(elders, Elder::getGridId, grids.byIds(BatchMaps.keys(elders, Elder::getGridId)));
    }
}
