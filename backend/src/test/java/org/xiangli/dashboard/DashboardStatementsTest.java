package org.xiangli.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.GlobalId;
import org.xiangli.project.ProjectApiTest;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.support.DashboardDocuments;
import org.xiangli.support.SqlStatements;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements one request of each query the dashboard sends costs, with the documents read
 * from the dashboard's sources ({@link DashboardDocuments}): the same for a small county (one
 * township and village; one project, talent, grid, matter, elder with two devices and an open
 * alert, pool application) and a larger one (3 townships of 3 villages, two of each per village,
 * projects with more funding and payments), and at most the stated budget. A change that makes a
 * query's cost grow with the rows, or adds statements to it, fails here; a query added to the
 * dashboard fails {@link #everyQueryTheDashboardSendsIsCounted} until it has a row below.
 */
class DashboardStatementsTest extends ProjectApiTest {

    private static final String ANONYMOUS = "";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Figures figures;

    record Area(String county, String township, String village, String project, String marker, String talent,
                String alert, String matter, String reporter, String round, String application, String talentImport) {
    }

    /**
     * @param user   who sends it ({@link #ANONYMOUS} for the public pages)
     * @param budget the most statements one request may cost
     * @param exact  false where one loader serves two levels of the tree (region stats): whether both
     *               levels' keys share a batch depends on when the loader is dispatched, so the count
     *               is one of two, both within the budget, whatever the rows
     */
    record Query(String user, int budget, boolean exact, Function<Area, Map<String, Object>> variables) {
    }

    private static Query q(int budget, Function<Area, Map<String, Object>> variables) {
        return new Query(PLATFORM_ADMIN, budget, true, variables);
    }

    private static Query publicPage(int budget, Function<Area, Map<String, Object>> variables) {
        return new Query(ANONYMOUS, budget, true, variables);
    }

    private static Query upTo(int budget, Function<Area, Map<String, Object>> variables) {
        return new Query(PLATFORM_ADMIN, budget, false, variables);
    }

    /** Every query document of the dashboard, by operation name, with the variables it is sent with. */
    static final Map<String, Query> QUERIES = Map.ofEntries(
            entry("AlertDetail", q(7, a -> Map.of("id", a.alert()))),
            entry("AlertKpis", q(2, a -> Map.of("within", a.county()))),
            entry("AuditLog", q(2, a -> Map.of("first", 20, "filter", Map.of("within", a.county())))),
            entry("ConsoleAlerts", q(5, a -> Map.of("filter", Map.of("within", a.county())))),
            entry("EldercareRegionNames", q(1, a -> Map.of("within", a.county()))),
            entry("EldersPage", q(6, a -> Map.of("first", 20, "filter", Map.of("within", a.county())))),
            entry("MatterBoard", q(4, a -> Map.of("first", 50, "filter", Map.of("within", a.county())))),
            entry("MatterDetail", q(5, a -> Map.of("id", a.matter()))),
            entry("MatterDispatchOwners", q(4, a -> Map.of("within", a.county()))),
            entry("MatterGridOptions", q(2, a -> Map.of("within", a.county()))),
            entry("MatterKpis", q(5, a -> Map.of("within", a.county()))),
            entry("MilestoneTemplates", q(1, a -> Map.of("county", a.county()))),
            entry("MergeCandidates", q(1, a -> Map.of("code", a.township()))),
            entry("MyMatters", q(4, a -> Map.of("me", a.reporter()))),
            entry("OverviewAlerts", q(3, a -> Map.of("within", a.county()))),
            entry("OverviewOverdueProjects", q(2, a -> Map.of("within", a.county()))),
            entry("OverviewPlatformScope", q(1, a -> Map.of())),
            entry("OverviewPoolApplications", q(6, a -> Map.of("roundId", a.round(), "within", a.county()))),
            entry("OverviewPoolRounds", q(1, a -> Map.of("countyCode", a.county()))),
            entry("OverviewProjectStats", q(1, a -> Map.of("groupBy", "TOWNSHIP", "within", a.county()))),
            entry("OverviewProjectStatus", q(1, a -> Map.of("within", a.county()))),
            entry("OverviewRegionNames", q(2, a -> Map.of("within", a.county(), "code", a.county(), "one", true))),
            entry("OverviewScope", q(3, a -> Map.of("code", a.county()))),
            entry("OverviewTalentTotals", q(2, a -> Map.of("within", a.county()))),
            entry("PoolApplicationDetail", q(5, a -> Map.of("id", a.application()))),
            entry("PoolApplications", q(5, a -> Map.of("first", 20, "filter", Map.of("within", a.county())))),
            entry("PoolRounds", q(2, a -> Map.of("countyCode", a.county()))),
            entry("PoolStageCounts", q(8, a -> Map.of("roundId", a.round(), "within", a.county()))),
            entry("ProjectDetail", q(8, a -> Map.of("id", a.project()))),
            entry("ProjectEscort", q(5, a -> Map.of("id", a.project()))),
            entry("ProjectFinalAccounts", q(6, a -> Map.of("projectId", a.project()))),
            entry("ProjectList", q(5, a -> Map.of("filter", Map.of("within", a.county()), "first", 20))),
            entry("ProjectTotals", q(1, a -> Map.of("filter", Map.of("within", a.county())))),
            entry("PublicNotices", publicPage(3, a -> Map.of("code", a.village()))),
            entry("PublicProjects", publicPage(2, a -> Map.of("code", a.township(), "first", 20))),
            entry("PublicTalentHall", publicPage(2, a -> Map.of("code", a.township()))),
            entry("PublicVillage", publicPage(4, a -> Map.of("code", a.village()))),
            entry("RegionEldersAtRisk", q(4, a -> Map.of("code", a.county()))),
            entry("RegionGridList", q(5, a -> Map.of("code", a.village()))),
            entry("RegionOptions", q(1, a -> Map.of("filter", Map.of("parentCode", a.county())))),
            entry("RegionProfile", upTo(7, a -> Map.of("code", a.village()))),
            entry("RegionProjectList", q(2, a -> Map.of("code", a.township()))),
            entry("RegionSearch", q(4, a -> Map.of("filter", Map.of("within", a.county(), "nameContains", "计数")))),
            entry("RegionTalentList", q(4, a -> Map.of("code", a.township()))),
            entry("RegionTreeChildren", upTo(5, a -> Map.of("code", a.county()))),
            entry("RegionTreeRoots", upTo(6, a -> Map.of("code", a.county(), "own", true))),
            entry("TalentAssociationList", q(2, a -> Map.of("within", a.county(), "first", 20))),
            entry("TalentImportProgress", q(1, a -> Map.of("id", a.talentImport()))),
            entry("TalentInvestmentPipeline", q(1, a -> Map.of("within", a.county()))),
            entry("TalentList", q(4, a -> Map.of("filter", Map.of("within", a.county()), "first", 20))),
            entry("TalentProfile", q(8, a -> Map.of("id", a.talent()))),
            entry("TalentProjectOptions", q(1, a -> Map.of("filter", Map.of("within", a.county())))),
            entry("TalentSearch", q(3, a -> Map.of("query", a.marker(), "filter", Map.of("within", a.county()), "first", 20))),
            entry("TalentVisitsDue", q(5, a -> Map.of("within", a.county(), "withinDays", 30, "first", 20))),
            entry("TalentTotals", q(2, a -> Map.of("within", a.county()))));

    private static Area small;
    private static Area large;

    static Stream<String> queries() {
        return DashboardDocuments.queries().keySet().stream().filter(QUERIES::containsKey);
    }

    @Test
    void everyQueryTheDashboardSendsIsCounted() {
        assertThat(QUERIES.keySet()).as("the query documents of frontend/src, each with a row in QUERIES")
                .containsExactlyInAnyOrderElementsOf(DashboardDocuments.queries().keySet());
    }

    @BeforeEach
    void areas() {
        synchronized (DashboardStatementsTest.class) {
            if (small == null) {
                small = area(1, 1, 1);
                large = area(3, 3, 2);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aQueryCostsTheSameStatementsWhateverTheRows(String operation) {
        Query query = QUERIES.get(operation);
        String document = DashboardDocuments.queries().get(operation);
        long forSmall = statements(document, query, small);
        long forLarge = statements(document, query, large);
        if (query.exact()) {
            assertThat(forLarge).as("%s: statements for the larger county (the small one took %d)", operation, forSmall).isEqualTo(forSmall);
        }
        assertThat(List.of(forSmall, forLarge)).as("%s: statements for the small and the larger county", operation)
                .allMatch(count -> count <= query.budget());
        System.out.printf("Statements per request, %s: %d and %d%n", operation, forSmall, forLarge);
    }

    private long statements(String document, Query query, Area area) {
        Map<String, Object> variables = query.variables().apply(area);
        // a cold request: kept platform-wide figures (projectStats, talentTotals) would cost none
        figures.clear();
        SqlStatements.reset();
        if (query.user().equals(ANONYMOUS)) {
            http.post().uri("/graphql").bodyValue(Map.of("query", document, "variables", variables)).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.errors").doesNotExist();
        } else {
            as(query.user()).document(document).variables(variables).execute().errors().verify();
        }
        return SqlStatements.count();
    }

    /**
     * A county with the given townships of villages. Each village owns projects (more money in larger
     * ones) and a talent (through the API); grids, matters, elders with devices and open alerts, a
     * pool round's applications and a talent import are written in SQL, `perVillage` of each.
     */
    private Area area(int townships, int villagesEach, int perVillage) {
        String county = freshCounty("计数县");
        String marker = "计数" + Integer.toString(unique(), 36) + "号";
        String reporter = "counter" + unique();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> projects = new ArrayList<>();
        List<Long> talents = new ArrayList<>();
        long round = insert("""
                INSERT INTO pool_round (region_code, year, name, opens_on, closes_on, budget, created_at, updated_at)
                VALUES (?, 2026, '计数项目池', '2026-01-01', '2026-12-31', 1000000, ?, ?)""", county, now, now);
        long item = insert("""
                INSERT INTO catalogue_item (round_id, region_code, code, category, name, subsidy_cap, created_at, updated_at)
                VALUES (?, ?, 'C1', 'AGRICULTURE', '计数目录', 100000, ?, ?)""", round, county, now, now);
        String firstTownship = null;
        String firstVillage = null;
        Long firstAlert = null;
        Long firstMatter = null;
        Long firstApplication = null;
        for (int t = 0; t < townships; t++) {
            String town = county + (100 + t);
            importUnits(new RegionImport.Unit(town, RegionKind.TOWN, county, "计数镇" + t, null, null, null, true));
            firstTownship = firstTownship == null ? town : firstTownship;
            for (int v = 0; v < villagesEach; v++) {
                String village = town + (200 + v);
                importUnits(new RegionImport.Unit(village, RegionKind.ADMINISTRATIVE_VILLAGE, town, "计数村" + t + v, null, 500, 200, true));
                firstVillage = firstVillage == null ? village : firstVillage;
                Map<String, String> budget = new HashMap<>(Map.of("COUNTY_FINANCE", "100.00"));
                if (perVillage > 1) {
                    budget.put("SOCIAL_CAPITAL", "50.00");
                }
                String project = createProject(PLATFORM_ADMIN, "计数项目" + t + v, village, budget, true);
                projects.add(project);
                for (int m = 0; m < perVillage; m++) {
                    money(PLATFORM_ADMIN, project, "DISBURSEMENT", "COUNTY_FINANCE", "10.00", "V-" + unique()).errors().verify();
                }
                String talent = as(PLATFORM_ADMIN).document("""
                                mutation($input: RegisterTalentInput!) { registerTalent(input: $input) { talent { id } } }""")
                        .variable("input", Map.of("name", "计数乡贤" + t + v, "gender", "FEMALE", "birthYear", 1980,
                                "hometownCode", village, "whereabouts", "INVESTING_FROM_AFAR", "category", "ENTREPRENEUR",
                                "tags", List.of(marker),
                                "consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY", "CONTACT", "PUBLICITY"))))
                        .execute().path("registerTalent.talent.id").entity(String.class).get();
                talents.add(GlobalId.decode(talent, "id").id());
                insert("""
                        INSERT INTO talent_visit_schedule (talent_id, region_code, visitor_role, visitor_name, every_days, next_due_on, created_at, updated_at)
                        VALUES (?, ?, 'VILLAGE_CADRE', '计数村干部', 90, '2026-01-01', ?, ?)""", talents.getLast(), village, now, now);
                long grid = insert("""
                        INSERT INTO grid (code, name, size, region_code, households, created_at, updated_at)
                        VALUES (?, '计数网格', 'LARGE', ?, 100, ?, ?)""", village + "-" + unique(), village, now, now);
                insert("""
                        INSERT INTO grid_worker (grid_id, region_code, name, username, employment, created_at, updated_at)
                        VALUES (?, ?, '计数网格员', ?, 'PART_TIME', ?, ?)""", grid, village, reporter + "-" + unique(), now, now);
                for (int n = 0; n < perVillage; n++) {
                    long matter = insert("""
                            INSERT INTO matter (number, kind, title, status, region_code, grid_id, reported_by, reported_at, owner_kind,
                                                owner_ref, owner_name, deadline, due_key, escalation_level, created_at, updated_at)
                            VALUES (?, 'ENVIRONMENT', '计数事项', 'DISPATCHED', ?, ?, ?, ?, 'GRID_WORKER', ?, '计数网格员', ?, ?, 'GRID', ?, ?)""",
                            "SX-T-" + unique(), village, grid, reporter, now, reporter, now.plusSeconds(86_400), now.plusSeconds(86_400), now, now);
                    insert("INSERT INTO matter_step (matter_id, region_code, action, acted_at, actor) VALUES (?, ?, 'REPORTED', ?, ?)",
                            matter, village, now, reporter);
                    firstMatter = firstMatter == null ? matter : firstMatter;
                    long elder = insert("""
                            INSERT INTO elder (region_code, name, gender, birth_date, living_situation, risk_level, created_at, updated_at)
                            VALUES (?, '计数老人', 'FEMALE', '1940-01-01', 'ALONE', 'HIGH', ?, ?)""", village, now, now);
                    long device = 0;
                    for (String type : List.of("PANIC_BUTTON", "MOTION_SENSOR")) {
                        device = insert("""
                                INSERT INTO device (serial, elder_id, region_code, type, installed_on, created_at, updated_at)
                                VALUES (?, ?, ?, ?, '2025-01-01', ?, ?)""", "CNT-" + unique(), elder, village, type, now, now);
                    }
                    long alert = insert("""
                            INSERT INTO alert (elder_id, device_id, region_code, kind, severity, urgency, status, open_key, raised_at,
                                               last_triggered_at, trigger_count, escalation_level, created_at, updated_at)
                            VALUES (?, ?, ?, 'PANIC', 'CRITICAL', 4, 'RAISED', ?, ?, ?, 1, 'VILLAGE', ?, ?)""",
                            elder, device, village, "PANIC:E" + elder, now, now, now, now);
                    insert("INSERT INTO alert_step (alert_id, region_code, action, acted_at, actor) VALUES (?, ?, 'RAISED', ?, 'system')",
                            alert, village, now);
                    firstAlert = firstAlert == null ? alert : firstAlert;
                }
                long application = insert("""
                        INSERT INTO pool_application (round_id, catalogue_item_id, catalogue_code, region_code, title, reason, amount_asked,
                                                      status, published, created_at, updated_at)
                        VALUES (?, ?, 'C1', ?, '计数申报', '理由', 50000, 'SUBMITTED', TRUE, ?, ?)""", round, item, village, now, now);
                firstApplication = firstApplication == null ? application : firstApplication;
            }
        }
        long talentImport = insert("""
                INSERT INTO talent_import (started_by, file_name, validate_only, mode, status, started_at)
                VALUES (?, 'count.xlsx', FALSE, 'ALL_OR_NOTHING', 'SUCCEEDED', ?)""", PLATFORM_ADMIN, now);
        return new Area(county, firstTownship, firstVillage, projects.getFirst(), marker,
                GlobalId.of("Talent", talents.getFirst()), GlobalId.of("Alert", firstAlert), GlobalId.of("Matter", firstMatter), reporter,
                GlobalId.of("PoolRound", round), GlobalId.of("PoolApplication", firstApplication), GlobalId.of("TalentImport", talentImport));
    }

    private long insert(String sql, Object... parameters) {
        KeyHolder key = new GeneratedKeyHolder();
        var statement = jdbc.sql(sql);
        for (Object parameter : parameters) {
            statement = statement.param(parameter instanceof Instant instant ? Timestamp.from(instant) : parameter);
        }
        statement.update(key);
        return key.getKey() == null ? 0 : key.getKey().longValue();
    }
}
