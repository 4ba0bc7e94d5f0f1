package org.xiangli.pool;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xiangli.audit.MoveLog;
import org.xiangli.graphql.ApiException;
import org.xiangli.region.PlaceMove;
import org.xiangli.region.PlaceRecords;

import java.util.Map;

/**
 * Pool applications of merged villages, with their events, go to the target village. Two live
 * applications of the merged villages for the same item of the same round cannot both stand: the
 * merge is refused until one is withdrawn or decided. In a split they stay with the rest.
 */
@Component
@Order(20)
class PoolPlaces implements PlaceRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final MoveLog log;

    PoolPlaces(NamedParameterJdbcTemplate jdbc, MoveLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Override
    public Map<String, Integer> move(PlaceMove move) {
        if (!move.everything()) {
            return Map.of();
        }
        Map<String, Object> parameters = Map.of("from", move.from(), "to", move.to());
        log.moving("PoolApplication", "SELECT id, region_code FROM pool_application WHERE region_code IN (:from)", parameters, move.to(), move.reason());
        int moved;
        try {
            moved = jdbc.update("UPDATE pool_application SET region_code = :to, version = version + 1 WHERE region_code IN (:from)", parameters);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("input.sourceCodes", "two of these villages have live applications for the same catalogue item "
                    + "in the same round: withdraw or decide one before merging");
        }
        jdbc.update("UPDATE pool_application_event SET region_code = :to WHERE region_code IN (:from)", parameters);
        return Map.of("poolApplications", moved);
    }
}
