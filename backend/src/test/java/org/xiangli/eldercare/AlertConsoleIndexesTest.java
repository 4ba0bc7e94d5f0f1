package org.xiangli.eldercare;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiangli.support.ApiTest;
import org.xiangli.support.ServerStatements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert console of a county reads that county's open alerts through the console index, for the
 * page and for its {@code totalCount}, not every county's open alerts nor the county's closed ones:
 * the statements the API sends are run again under MariaDB's {@code ANALYZE}. 12 counties of 1,000
 * closed and 40 open alerts each, interleaved as they would be raised.
 */
class AlertConsoleIndexesTest extends ApiTest {

    private static final int COUNTIES = 12;
    private static final int CLOSED = 12_000;
    private static final int OPEN = 480;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> counties = new ArrayList<>();
    private final List<Long> elders = new ArrayList<>();

    @BeforeEach
    void manyAlerts() {
        for (int c = 0; c < COUNTIES; c++) {
            String county = "9%05d".formatted(unique());
            counties.add(county);
            jdbc.update("""
                    INSERT INTO elder (region_code, name, gender, birth_date, living_situation, risk_level, created_at, updated_at)
                    VALUES (?, '索引老人', 'FEMALE', '1940-01-01', 'ALONE', 'HIGH', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""", county + "100200");
            elders.add(jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class));
        }
        // alert n belongs to county n mod 12; the last 480 are open, each with a key of its own
        jdbc.update("""
                INSERT INTO alert (elder_id, region_code, kind, severity, urgency, status, open_key, raised_at, last_triggered_at,
                                   trigger_count, escalation_level, created_at, updated_at)
                SELECT e.id, CONCAT(e.code, 100 + CRC32(CONCAT('t', seq)) MOD 10, 200 + CRC32(CONCAT('v', seq)) MOD 7), 'PANIC', 'CRITICAL',
                       1 + CRC32(CONCAT('u', seq)) MOD 4,
                       IF(seq < %1$d, 'CLOSED', ELT(1 + seq MOD 5, 'RAISED', 'ACKNOWLEDGED', 'ON_SITE', 'RESOLVED', 'FOLLOWED_UP')),
                       IF(seq < %1$d, NULL, CONCAT('INDEX:', seq, ':', e.id)),
                       UTC_TIMESTAMP(6) - INTERVAL (%2$d - seq) MINUTE, UTC_TIMESTAMP(6), 1, 'VILLAGE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
                  FROM seq_0_to_%3$d s
                  JOIN (%4$s) e ON e.n = s.seq MOD %5$d
                 ORDER BY s.seq""".formatted(CLOSED, CLOSED + OPEN, CLOSED + OPEN - 1, eldersTable(), COUNTIES));
        jdbc.execute("ANALYZE TABLE alert");
    }

    @AfterEach
    void removeThem() {
        String ids = String.join(",", elders.stream().map(String::valueOf).toList());
        jdbc.update("DELETE FROM alert WHERE elder_id IN (" + ids + ")");
        jdbc.update("DELETE FROM elder WHERE id IN (" + ids + ")");
    }

    @Test
    void aCountysConsoleReadsOnlyItsOpenAlertsAndCountsThemFromTheIndex() {
        int open = OPEN / COUNTIES;
        List<String> sent = ServerStatements.during(() -> as(PLATFORM_ADMIN).document("""
                        query($v: String!) { alerts(first: 100, filter: {within: $v}, orderBy: URGENCY) { totalCount nodes { id status } } }""")
                .variable("v", counties.get(3)).execute()
                .path("alerts.totalCount").entity(Integer.class).isEqualTo(open)
                .path("alerts.nodes[*].status").entityList(String.class).hasSize(open).doesNotContain("CLOSED"));

        String page = sent.stream().filter(s -> s.toLowerCase().contains(" from alert ") && s.toLowerCase().contains(" limit "))
                .findFirst().orElseThrow(() -> new AssertionError("no page query in " + sent));
        Map<String, Object> pagePlan = jdbc.queryForList("ANALYZE " + page).getFirst();
        assertThat(pagePlan.get("key")).as("index of %s", page).isEqualTo("ix_alert_console");
        assertThat(Double.parseDouble(String.valueOf(pagePlan.get("r_rows")))).as("rows read for a page: %s", pagePlan)
                .isLessThanOrEqualTo(open + 5);

        String count = sent.stream().filter(s -> s.toLowerCase().startsWith("select count("))
                .findFirst().orElseThrow(() -> new AssertionError("no count query in " + sent));
        Map<String, Object> countPlan = jdbc.queryForList("ANALYZE " + count).getFirst();
        assertThat(Double.parseDouble(String.valueOf(countPlan.get("r_rows")))).as("rows read for the count: %s", countPlan)
                .isLessThanOrEqualTo(open + 5);
        assertThat(String.valueOf(countPlan.get("Extra")).replace("Using index condition", ""))
                .as("the count reads the index alone: %s for %s", countPlan, count).containsPattern("Using index(;|$)");
    }

    private String eldersTable() {
        List<String> rows = new ArrayList<>();
        for (int c = 0; c < counties.size(); c++) {
            rows.add("SELECT %d AS n, %d AS id, '%s' AS code".formatted(c, elders.get(c), counties.get(c)));
        }
        return String.join(" UNION ALL ", rows);
    }
}
