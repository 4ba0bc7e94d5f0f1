package org.xiangli.project;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiangli.support.ApiTest;
import org.xiangli.support.ServerStatements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project lists the dashboard asks for read a page through an index that gives its order, and
 * count their {@code totalCount} from that index alone (the scope filter's columns included): the
 * statements the API sends for each are run again under MariaDB's {@code ANALYZE}, which reports the
 * index used, the rows actually read and whether the table was read at all. 24,000 projects in 12 counties, interleaved as they would
 * be written, so a wrong plan (walking the primary key, or sorting a unit's rows) reads thousands.
 */
class ProjectListIndexesTest extends ApiTest {

    private static final int COUNTIES = 12;
    private static final int PROJECTS = 24_000;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> counties = new ArrayList<>();

    /** @param countFromIndex false for the list of every county by status: see V51 on ix_project_status */
    record Case(String name, Map<String, Object> filter, String orderBy, String index, boolean countFromIndex) {

        Case(String name, Map<String, Object> filter, String index) {
            this(name, filter, "NEWEST_FIRST", index, true);
        }

        Case(String name, Map<String, Object> filter, String orderBy, String index) {
            this(name, filter, orderBy, index, true);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> lists() {
        return Stream.of(
                new Case("a county's projects by status", Map.of("within", "COUNTY", "statuses", List.of("IN_PROGRESS")), "ix_project_county_status"),
                new Case("a township's projects by status", Map.of("within", "TOWNSHIP", "statuses", List.of("COMPLETED")), "ix_project_township_status"),
                new Case("a village's projects by status", Map.of("within", "VILLAGE", "statuses", List.of("APPROVED")), "ix_project_scope_status"),
                new Case("all projects by status", Map.of("statuses", List.of("CANCELLED")), "NEWEST_FIRST", "ix_project_status", false),
                new Case("a county's projects", Map.of("within", "COUNTY"), "ix_project_county"),
                new Case("a county's projects by category", Map.of("within", "COUNTY", "categories", List.of("DIGITAL")), "ix_project_county_category"),
                new Case("a county's projects of a year", Map.of("within", "COUNTY", "year", 2023), "ix_project_county_year"),
                new Case("a county's projects by name", Map.of("within", "COUNTY"), "NAME_ASC", "ix_project_county_name"),
                new Case("a county's projects by status, oldest first", Map.of("within", "COUNTY", "statuses", List.of("SUSPENDED")),
                        "OLDEST_FIRST", "ix_project_county_status"));
    }

    @BeforeEach
    void manyProjects() {
        for (int c = 0; c < COUNTIES; c++) {
            counties.add("9%05d".formatted(unique()));
        }
        // project n belongs to county n mod 12; its township, village, status, category and year are spread by hashes
        jdbc.update("""
                INSERT INTO project (region_code, county_code, township_code, name, category, owner, year, status, published, created_at, updated_at)
                SELECT CONCAT(c.code, 100 + CRC32(CONCAT('t', seq)) MOD 10, 200 + CRC32(CONCAT('v', seq)) MOD 7),
                       c.code, CONCAT(c.code, 100 + CRC32(CONCAT('t', seq)) MOD 10), CONCAT('索引', seq),
                       ELT(1 + CRC32(CONCAT('c', seq)) MOD 10, 'GOVERNMENT_INVESTMENT', 'COMMON_PROSPERITY', 'SPECIAL_BOND',
                           'AGRICULTURE', 'DIGITAL', 'COLLECTIVE_ECONOMY', 'INDUSTRY', 'CULTURE_TOURISM', 'TRANSPORT', 'OTHER'),
                       '合作社', 2020 + CRC32(CONCAT('y', seq)) MOD 6,
                       ELT(1 + CRC32(CONCAT('s', seq)) MOD 6, 'APPROVED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED', 'SETTLED', 'CANCELLED'),
                       TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
                  FROM seq_0_to_%d s
                  JOIN (%s) c ON c.n = s.seq MOD %d
                 ORDER BY s.seq""".formatted(PROJECTS - 1, codesTable(), COUNTIES));
        jdbc.execute("ANALYZE TABLE project");
    }

    @AfterEach
    void removeThem() {
        jdbc.update("DELETE FROM project WHERE county_code IN (" + String.join(",", counties.stream().map(c -> "'" + c + "'").toList()) + ")");
    }

    /** The dashboard's list asks for computed fields too (overdue, reportedThrough), so it takes the entity path (a page and a count query). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aPageOfTwentyReadsAboutTwentyRowsInIndexOrderAndTheCountReadsOnlyTheIndex(Case list) {
        assertIndexes(list, listed(list, "name published"));
    }

    /** Plain columns only: the compiled statements (SelectionSql), a page and a count beside it, use the same indexes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void theCompiledStatementsUseTheSameIndexes(Case list) {
        assertIndexes(list, listed(list, "name"));
    }

    private void assertIndexes(Case list, List<String> sent) {
        String page = sent.stream().filter(s -> s.toLowerCase().contains(" from project ") && s.toLowerCase().contains(" limit "))
                .findFirst().orElseThrow(() -> new AssertionError("no page query in " + sent));
        assertPage(list, page, jdbc.queryForList("ANALYZE " + page).getFirst());
        if (list.countFromIndex()) {
            String count = sent.stream().filter(s -> s.toLowerCase().startsWith("select count("))
                    .findFirst().orElseThrow(() -> new AssertionError("no count query in " + sent));
            assertCount(count, jdbc.queryForList("ANALYZE " + count).getFirst());
        }
    }

    private List<String> listed(Case list, String fields) {
        String county = counties.get(3);
        Map<String, Object> filter = new java.util.HashMap<>(list.filter());
        filter.computeIfPresent("within", (key, level) -> switch ((String) level) {
            case "COUNTY" -> county;
            case "TOWNSHIP" -> county + "104";
            default -> county + "104203";
        });
        return ServerStatements.during(() -> as(PLATFORM_ADMIN).document("""
                        query($filter: ProjectFilter, $orderBy: ProjectSort) {
                          projects(first: 20, filter: $filter, orderBy: $orderBy) { totalCount nodes { %s } }
                        }""".formatted(fields))
                .variable("filter", filter).variable("orderBy", list.orderBy()).execute()
                .path("projects.nodes").entityList(Object.class).hasSizeGreaterThan(0));
    }

    private static void assertPage(Case list, String statement, Map<String, Object> plan) {
        assertThat(plan.get("key")).as("index of %s", statement).isEqualTo(list.index());
        assertThat(String.valueOf(plan.get("Extra"))).as("plan of %s", statement).doesNotContain("filesort");
        assertThat(Double.parseDouble(String.valueOf(plan.get("r_rows")))).as("rows read for a page of 20: %s", plan).isLessThanOrEqualTo(30);
    }

    private static void assertCount(String statement, Map<String, Object> counted) {
        assertThat(String.valueOf(counted.get("Extra")).replace("Using index condition", ""))
                .as("the count reads the index alone (no table rows): %s for %s", counted, statement).containsPattern("Using index(;|$)");
    }

    private String codesTable() {
        List<String> rows = new ArrayList<>();
        for (int c = 0; c < counties.size(); c++) {
            rows.add("SELECT %d AS n, '%s' AS code".formatted(c, counties.get(c)));
        }
        return String.join(" UNION ALL ", rows);
    }
}
