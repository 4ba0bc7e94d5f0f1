package org.xiangli.eldercare;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xiangli.audit.MoveLog;
import org.xiangli.figures.Figures;
import org.xiangli.region.PlaceMove;
import org.xiangli.region.PlaceRecords;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Elders of merged or split villages, or one elder moving house, with everything of the household:
 * contacts, the kit (devices and their events), alerts open and closed with their steps, and visit
 * modes. The alerts go along so an elder's alert history stays whole under the new code. Elders
 * moved on their own (not their whole village) leave a grid of their old village that stays behind.
 */
@Component
@Order(40)
class ElderPlaces implements PlaceRecords {

    /** Tables whose rows follow their elder (elder_id), besides elder, device and alert themselves. */
    private static final List<String> HOUSEHOLD = List.of("elder_contact", "device_event", "elder_silence");

    private final NamedParameterJdbcTemplate jdbc;
    private final MoveLog log;
    private final Figures figures;

    ElderPlaces(NamedParameterJdbcTemplate jdbc, MoveLog log, Figures figures) {
        this.jdbc = jdbc;
        this.log = log;
        this.figures = figures;
    }

    @Override
    public Map<String, Integer> move(PlaceMove move) {
        Collection<Long> ids = move.selected(PlaceMove.ELDERS);
        if (ids != null && ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", move.from());
        parameters.put("to", move.to());
        parameters.put("ids", ids == null ? List.of(-1L) : ids);
        String selected = ids == null ? "" : " AND id IN (:ids)";
        String selectedElder = ids == null ? "" : " AND elder_id IN (:ids)";
        String reason = move.reason();

        log.moving(Elder.TYPE, "SELECT id, region_code FROM elder WHERE region_code IN (:from)" + selected, parameters, move.to(), reason);
        log.moving(Device.TYPE, "SELECT id, region_code FROM device WHERE region_code IN (:from)" + selectedElder, parameters, move.to(), reason);
        log.moving(Alert.TYPE, "SELECT id, region_code FROM alert WHERE region_code IN (:from)" + selectedElder, parameters, move.to(), reason);
        Collection<Long> grids = move.selected(PlaceMove.GRIDS);
        if (ids != null && grids != null) {
            // an elder moving without their grid leaves it: its worker no longer answers for them
            parameters.put("grids", grids.isEmpty() ? List.of(-1L) : grids);
            jdbc.update("""
                    UPDATE elder SET grid_id = NULL WHERE id IN (:ids)
                       AND grid_id IN (SELECT g.id FROM grid g WHERE g.region_code IN (:from) AND g.id NOT IN (:grids))""", parameters);
        }
        figures.changed(Figures.ELDERS);
        figures.changed(Figures.ALERTS);
        Map<String, Integer> moved = new LinkedHashMap<>();
        moved.put(PlaceMove.ELDERS, jdbc.update("UPDATE elder SET region_code = :to, version = version + 1 WHERE region_code IN (:from)"
                + selected, parameters));
        moved.put("devices", jdbc.update("UPDATE device SET region_code = :to, version = version + 1 WHERE region_code IN (:from)"
                + selectedElder, parameters));
        jdbc.update("UPDATE alert_step SET region_code = :to WHERE region_code IN (:from)"
                + (ids == null ? "" : " AND alert_id IN (SELECT id FROM alert WHERE elder_id IN (:ids))"), parameters);
        moved.put("alerts", jdbc.update("UPDATE alert SET region_code = :to, version = version + 1 WHERE region_code IN (:from)"
                + selectedElder, parameters));
        for (String table : HOUSEHOLD) {
            jdbc.update("UPDATE " + table + " SET region_code = :to WHERE region_code IN (:from)" + selectedElder, parameters);
        }
        return moved;
    }
}
