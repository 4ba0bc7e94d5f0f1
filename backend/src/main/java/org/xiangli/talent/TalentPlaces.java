package org.xiangli.talent;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xiangli.figures.Figures;
import org.xiangli.audit.MoveLog;
import org.xiangli.graphql.ApiException;
import org.xiangli.region.PlaceMove;
import org.xiangli.region.PlaceRecords;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Talents whose hometown is a merged or split village (with their contributions), the villages'
 * talent associations (with their members), and contributions that benefit the villages. Two
 * talents of the same name and birth year in merged villages would share the natural key: the
 * merge is refused, naming them.
 */
@Component
@Order(30)
class TalentPlaces implements PlaceRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final MoveLog log;
    private final Figures figures;

    TalentPlaces(NamedParameterJdbcTemplate jdbc, MoveLog log, Figures figures) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.log = log;
    }

    @Override
    public Map<String, Integer> move(PlaceMove move) {
        figures.changed(Figures.TALENTS);
        Collection<Long> ids = move.selected(PlaceMove.TALENTS);
        if (ids != null && ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", move.from());
        parameters.put("to", move.to());
        parameters.put("ids", ids == null ? List.of(-1L) : ids);
        String selected = ids == null ? "" : " AND id IN (:ids)";
        log.moving(Talent.TYPE, "SELECT id, region_code FROM talent WHERE region_code IN (:from)" + selected, parameters, move.to(), move.reason());
        int talents;
        try {
            talents = jdbc.update("UPDATE talent SET region_code = :to, version = version + 1 WHERE region_code IN (:from)" + selected, parameters);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("input.sourceCodes", "talents of the same name and birth year are registered in more than one "
                    + "of these villages: merge their records first");
        }
        jdbc.update("UPDATE talent_contribution SET region_code = :to WHERE region_code IN (:from)"
                + (ids == null ? "" : " AND talent_id IN (:ids)"), parameters);
        Map<String, Integer> moved = new LinkedHashMap<>();
        moved.put(PlaceMove.TALENTS, talents);
        if (ids == null) {
            jdbc.update("UPDATE talent_contribution SET beneficiary_code = :to WHERE beneficiary_code IN (:from)", parameters);
            log.moving(TalentAssociation.TYPE, "SELECT id, region_code FROM talent_association WHERE region_code IN (:from)", parameters, move.to(), move.reason());
            try {
                moved.put("talentAssociations", jdbc.update(
                        "UPDATE talent_association SET region_code = :to, version = version + 1 WHERE region_code IN (:from)", parameters));
            } catch (DuplicateKeyException e) {
                throw ApiException.conflict("input.sourceCodes", "talent associations of the same name exist in more than one of these villages");
            }
            jdbc.update("UPDATE talent_association_member SET region_code = :to WHERE region_code IN (:from)", parameters);
        }
        return moved;
    }
}
