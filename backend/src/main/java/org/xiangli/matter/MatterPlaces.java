package org.xiangli.matter;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xiangli.audit.MoveLog;
import org.xiangli.region.PlaceMove;
import org.xiangli.region.PlaceRecords;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matters of merged or split villages, with their steps and photos. In a split, the matters of the
 * grids that go to a part go with them; the others stay with the rest.
 */
@Component
@Order(60)
class MatterPlaces implements PlaceRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final MoveLog log;

    MatterPlaces(NamedParameterJdbcTemplate jdbc, MoveLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Override
    public Map<String, Integer> move(PlaceMove move) {
        Collection<Long> grids = move.selected(PlaceMove.GRIDS);
        if (grids != null && grids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", move.from());
        parameters.put("to", move.to());
        parameters.put("grids", grids == null ? List.of(-1L) : grids);
        String selected = grids == null ? "" : " AND grid_id IN (:grids)";
        String selectedMatter = grids == null ? "" : " AND matter_id IN (SELECT id FROM matter WHERE grid_id IN (:grids))";
        log.moving(Matter.TYPE, "SELECT id, region_code FROM matter WHERE region_code IN (:from)" + selected, parameters, move.to(), move.reason());
        jdbc.update("UPDATE matter_step SET region_code = :to WHERE region_code IN (:from)" + selectedMatter, parameters);
        jdbc.update("UPDATE matter_photo SET region_code = :to WHERE region_code IN (:from)" + selectedMatter, parameters);
        int matters = jdbc.update("UPDATE matter SET region_code = :to, version = version + 1 WHERE region_code IN (:from)" + selected, parameters);
        return Map.of("matters", matters);
    }
}
