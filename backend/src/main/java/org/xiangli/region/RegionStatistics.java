package org.xiangli.region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Computes {@link RegionStats} for many regions in one SQL statement. */
@Component
class RegionStatistics {

    private static final String SQL = """
            SELECT a.id AS id,
                   SUM(CASE WHEN d.level = 'TOWNSHIP' THEN 1 ELSE 0 END) AS townships,
                   SUM(CASE WHEN d.level = 'VILLAGE' THEN 1 ELSE 0 END) AS villages,
                   COALESCE(SUM(CASE WHEN d.level = 'VILLAGE' THEN d.population END), 0) AS population,
                   COALESCE(SUM(CASE WHEN d.level = 'VILLAGE' THEN d.households END), 0) AS households
              FROM region a
              JOIN region d ON d.code LIKE CONCAT(a.code, '%') AND d.retired_at IS NULL
             WHERE a.id IN (:ids)
             GROUP BY a.id
            """;

    private final JdbcClient jdbc;

    RegionStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, RegionStats> of(Collection<Long> regionIds) {
        Map<Long, RegionStats> stats = new HashMap<>();
        if (regionIds.isEmpty()) {
            return stats;
        }
        jdbc.sql(SQL).param("ids", regionIds).query((rs, row) -> stats.put(rs.getLong("id"), new RegionStats(
                rs.getLong("townships"), rs.getLong("villages"), rs.getLong("population"), rs.getLong("households"))))
                .list();
        return stats;
    }
}
