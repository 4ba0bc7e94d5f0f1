package org.xiangli.grid;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xiangli.audit.MoveLog;
import org.xiangli.region.PlaceMove;
import org.xiangli.region.PlaceRecords;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Grids of merged or split villages, with their workers (whose code is the grid's); grid codes stay. */
@Component
@Order(50)
class GridPlaces implements PlaceRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final MoveLog log;

    GridPlaces(NamedParameterJdbcTemplate jdbc, MoveLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Override
    public Map<String, Integer> move(PlaceMove move) {
        Collection<Long> ids = move.selected(PlaceMove.GRIDS);
        if (ids != null && ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", move.from());
        parameters.put("to", move.to());
        parameters.put("ids", ids == null ? List.of(-1L) : ids);
        String selected = ids == null ? "" : " AND id IN (:ids)";
        String selectedGrid = ids == null ? "" : " AND grid_id IN (:ids)";
        log.moving(Grid.TYPE, "SELECT id, region_code FROM grid WHERE region_code IN (:from)" + selected, parameters, move.to(), move.reason());
        int grids = jdbc.update("UPDATE grid SET region_code = :to, version = version + 1 WHERE region_code IN (:from)" + selected, parameters);
        log.moving(GridWorker.TYPE, "SELECT id, region_code FROM grid_worker WHERE region_code IN (:from)" + selectedGrid, parameters, move.to(), move.reason());
        int workers = jdbc.update("UPDATE grid_worker SET region_code = :to, version = version + 1 WHERE region_code IN (:from)" + selectedGrid,
                parameters);
        Map<String, Integer> moved = new LinkedHashMap<>();
        moved.put(PlaceMove.GRIDS, grids);
        moved.put("gridWorkers", workers);
        return moved;
    }
}
