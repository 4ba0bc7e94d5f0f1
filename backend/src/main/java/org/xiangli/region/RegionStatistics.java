package org.xiangli.region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Computes {@link RegionStats} for many regions in one SQL statement. */
@Component
class RegionStatistics {

    /*
     * A join on LIKE CONCAT(a.code, '%') cannot use the code index: each region was compared with
     * every row of the table (a county's 246 units against 21,390 rows at province size, seconds).
     * The units asked for are mostly siblings, so the prefix their codes share (digits only) bounds
     * the descendants with a range the index serves, and the join compares within it.
     */
    private static final String SQL = """
            SELECT a.id AS id,
                   SUM(CASE WHEN d.level = 'TOWNSHIP' THEN 1 ELSE 0 END) AS townships,
                   SUM(CASE WHEN d.level = 'VILLAGE' THEN 1 ELSE 0 END) AS villages,
                   COALESCE(SUM(CASE WHEN d.level = 'VILLAGE' THEN d.population END), 0) AS population,
                   COALESCE(SUM(CASE WHEN d.level = 'VILLAGE' THEN d.households END), 0) AS households
              FROM region a
              JOIN region d ON d.code LIKE CONCAT(a.code, '%') AND d.retired_at IS NULL
             WHERE a.id IN (:ids) AND d.code LIKE :shared
             GROUP BY a.id
            """;

    private final JdbcClient jdbc;

    RegionStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, RegionStats> of(Collection<Region> regions) {
        Map<Long, RegionStats> stats = new HashMap<>();
        if (regions.isEmpty()) {
            return stats;
        }
        jdbc.sql(SQL).param("ids", regions.stream().map(Region::getId).toList()).param("shared", sharedPrefix(regions) + "%")
                .query((rs, row) -> stats.put(rs.getLong("id"), new RegionStats(
                        rs.getLong("townships"), rs.getLong("villages"), rs.getLong("population"), rs.getLong("households"))))
                .list();
        return stats;
    }

    /** The longest start all the codes share; division codes are digits, so it needs no escaping. */
    private static String sharedPrefix(Collection<Region> regions) {
        String shared = regions.iterator().next().getCode();
        for (Region region : regions) {
            int length = 0;
            while (length < shared.length() && length < region.getCode().length()
                    && shared.charAt(length) == region.getCode().charAt(length)) {
                length++;
            }
            shared = shared.substring(0, length);
        }
        return shared;
    }
}
