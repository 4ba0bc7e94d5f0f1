package org.xiangli.region;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.xiangli.graphql.GlobalId;
import org.xiangli.support.ApiTest;
import org.xiangli.support.SqlStatements;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 撤村并村 over HTTP with real tokens: merges, a split and an elder moving house, on villages of a
 * fresh township of 安吉县 seeded with a record of each kind (rows cloned in SQL from demo rows, so
 * every required column has a real value).
 */
class RegionMergeTest extends ApiTest {

    private static final String MERGE = """
            mutation($input: MergeRegionsInput!) {
              mergeRegions(input: $input) {
                region { code name population retired predecessors { code } }
                retired { code retired retiredReason successor { code } }
                moved { kind count }
              }
            }""";
    private static final String SPLIT = """
            mutation($input: SplitRegionInput!) {
              splitRegion(input: $input) { retired { code successor { code } } parts { code name } moved { kind count } }
            }""";
    private static final String MOVE_ELDER = """
            mutation($input: MoveElderInput!) { moveElder(input: $input) { elder { id version } moved { kind count } } }""";

    /** The tables whose rows a village's records live in, by their code column. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("project", "region_code");
        TABLES.put("project_village", "village_code");
        TABLES.put("pool_application", "region_code");
        TABLES.put("talent", "region_code");
        TABLES.put("elder", "region_code");
        TABLES.put("device", "region_code");
        TABLES.put("alert", "region_code");
        TABLES.put("grid", "region_code");
        TABLES.put("matter", "region_code");
    }

    private static final Set<String> GENERATED = Set.of("id", "live_village_code", "birth_year_key", "kit_serial");

    @Autowired
    JdbcClient jdbc;

    private int seeds;

    @Test
    void mergesTwoVillagesIntoANewOneWithEverythingThatBelongsToThem() {
        String town = freshTown();
        String a = village(town, 201, "甲村");
        String b = village(town, 202, "乙村");
        Seeded seededA = seed(a, 1);
        seed(b, 1);
        Map<String, Long> totals = totals();
        String target = town + "301";

        // a dry run answers the counts of the confirmation and changes nothing
        Map<String, Object> preview = mergeInput(List.of(a, b),
                Map.of("newVillage", Map.of("code", target, "name", "甲乙村", "kind", "ADMINISTRATIVE_VILLAGE")), "撤村并村：甲村、乙村合并");
        preview.put("dryRun", true);
        assertThat(moved(as(ANJI_ADMIN).document(MERGE).variable("input", preview).execute(), "mergeRegions.moved"))
                .containsEntry("elders", 2).containsEntry("matters", 2);
        assertThat(rows("elder", "region_code", a)).isEqualTo(1);
        assertThat(retired(a)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM region WHERE code = ?").param(target).query(Long.class).single()).isZero();

        var merged = as(ANJI_ADMIN).document(MERGE).variable("input", mergeInput(List.of(a, b),
                Map.of("newVillage", Map.of("code", target, "name", "甲乙村", "kind", "ADMINISTRATIVE_VILLAGE")), "撤村并村：甲村、乙村合并")).execute();
        merged.path("mergeRegions.region.code").entity(String.class).isEqualTo(target)
                .path("mergeRegions.region.population").entity(Integer.class).isEqualTo(1800)
                .path("mergeRegions.region.predecessors[*].code").entityList(String.class).containsExactly(a, b)
                .path("mergeRegions.retired[*].successor.code").entityList(String.class).containsExactly(target, target)
                .path("mergeRegions.retired[0].retiredReason").entity(String.class).isEqualTo("撤村并村：甲村、乙村合并");
        Map<String, Integer> moved = moved(merged, "mergeRegions.moved");
        assertThat(moved).containsEntry("projects", 2).containsEntry("projectShares", 2).containsEntry("poolApplications", 2)
                .containsEntry("talents", 2).containsEntry("elders", 2).containsEntry("devices", 2).containsEntry("alerts", 2)
                .containsEntry("grids", 2).containsEntry("matters", 2);

        TABLES.forEach((table, column) -> {
            assertThat(rows(table, column, a) + rows(table, column, b)).as(table + " left behind").isZero();
            assertThat(rows(table, column, target)).as(table + " under the new code").isEqualTo(2);
        });
        assertThat(totals()).as("nothing created or lost").isEqualTo(totals);
        assertThat(jdbc.sql("SELECT township_code FROM project WHERE id = ?").param(seededA.project()).query(String.class).single())
                .isEqualTo(town);

        // one audit entry per moved record, with the old and new code and the request id
        List<Map<String, Object>> entries = jdbc.sql("""
                        SELECT entity_type, entity_id, detail, request_id FROM audit_log
                         WHERE region_code = ? AND action = 'UPDATE' AND detail LIKE '%"regionCode"%' ORDER BY id""")
                .param(target).query().listOfRows();
        assertThat(entries).hasSize(18);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.get("request_id")).isNotNull());
        assertThat(entries).filteredOn(entry -> "Elder".equals(entry.get("entity_type")))
                .extracting(entry -> entry.get("detail").toString())
                .anySatisfy(detail -> assertThat(detail).contains("\"before\":\"" + a + "\"", "\"after\":\"" + target + "\"", "撤村并村"));

        // the old code stays resolvable and leads to its successor; the records answer under the new code
        as(ANJI_ADMIN).document("query($c: String!) { region(code: $c) { retired successor { code name } } }").variable("c", a).execute()
                .path("region.retired").entity(Boolean.class).isEqualTo(true)
                .path("region.successor.code").entity(String.class).isEqualTo(target);
        as(ANJI_ADMIN).document("query($id: ID!) { project(id: $id) { id } }")
                .variable("id", GlobalId.of("Project", seededA.project())).execute()
                .path("project.id").hasValue();
    }

    @Test
    void mergesIntoAnExistingVillageAcrossTownshipsOfTheCounty() {
        String town = freshTown();
        String other = freshTown();
        String a = village(town, 203, "丙村");
        String target = village(other, 204, "丁村");
        seed(a, 1);
        var merged = as(ANJI_ADMIN).document(MERGE).variable("input", mergeInput(List.of(a),
                Map.of("existingCode", target, "existingVersion", 0), "并入丁村")).execute();
        merged.path("mergeRegions.region.code").entity(String.class).isEqualTo(target);
        assertThat(rows("elder", "region_code", target)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT township_code FROM project WHERE region_code = ?").param(target).query(String.class).single())
                .isEqualTo(other);
    }

    @Test
    void theStatementCountOfAMergeDoesNotGrowWithTheRecords() {
        String town = freshTown();
        long small = countedMerge(town, 205, 206, 307, 1);
        long large = countedMerge(town, 208, 209, 310, 4);
        assertThat(large).isEqualTo(small);
    }

    @Test
    void aStaleVersionIsAConflictAndNothingMoves() {
        String town = freshTown();
        String a = village(town, 211, "戊村");
        String b = village(town, 212, "己村");
        seed(a, 1);
        Map<String, Object> input = mergeInput(List.of(a, b), Map.of("existingCode", town + "213", "existingVersion", 0), "并村");
        village(town, 213, "庚村");
        input.put("sourceVersions", List.of(0, 7));
        refused(as(ANJI_ADMIN).document(MERGE).variable("input", input).execute(), "CONFLICT", "input.sourceVersions[1]");
        assertThat(rows("elder", "region_code", a)).isEqualTo(1);
        assertThat(retired(a)).isFalse();
    }

    @Test
    void aFailureMidwayLeavesNothingMoved() {
        String town = freshTown();
        String a = village(town, 214, "辛村");
        String b = village(town, 215, "壬村");
        Seeded seededA = seed(a, 1);
        seed(b, 1);
        // the same talent (name and birth year) in both villages: the talents' step fails after projects and pool moved
        jdbc.sql("UPDATE talent SET name = '同名乡贤', birth_year = 1960 WHERE region_code IN (?, ?)").params(a, b).update();
        long audit = auditCount();
        refused(as(ANJI_ADMIN).document(MERGE).variable("input", mergeInput(List.of(a, b),
                Map.of("newVillage", Map.of("code", town + "316", "name", "辛壬村", "kind", "ADMINISTRATIVE_VILLAGE")), "并村")).execute(),
                "CONFLICT", "input.sourceCodes");
        assertThat(jdbc.sql("SELECT region_code FROM project WHERE id = ?").param(seededA.project()).query(String.class).single()).isEqualTo(a);
        TABLES.forEach((table, column) -> assertThat(rows(table, column, a)).as(table).isEqualTo(1));
        assertThat(retired(a) || retired(b)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM region WHERE code = ?").param(town + "316").query(Long.class).single()).isZero();
        assertThat(auditCount()).isEqualTo(audit);
    }

    @Test
    void onlyCountyAdminsOfTheAreaMerge() {
        String town = freshTown();
        String a = village(town, 217, "癸村");
        String b = village(town, 218, "子村");
        Map<String, Object> input = mergeInput(List.of(a, b), Map.of("existingCode", b, "existingVersion", 0), "并村");
        input.put("sourceCodes", List.of(a));
        input.put("sourceVersions", List.of(0));
        refused(as(SHANGSHU_ADMIN).document(MERGE).variable("input", input).execute(), "FORBIDDEN", null);
        refused(as(DEQING_ADMIN).document(MERGE).variable("input", input).execute(), "NOT_FOUND", "input.sourceCodes[0]");
        refused(as(SHANGSHU_OFFICIAL).document(MERGE).variable("input", input).execute(), "FORBIDDEN", null);
        assertThat(retired(a)).isFalse();
    }

    @Test
    void splitsAVillageByTheRecordsListedForEachPart() {
        String town = freshTown();
        String source = village(town, 219, "丑村");
        Seeded first = seed(source, 1);
        Seeded second = seed(source, 1);
        String east = town + "320";
        String west = town + "321";
        Map<String, Object> eastPart = new HashMap<>(Map.of("code", east, "name", "丑东村", "kind", "ADMINISTRATIVE_VILLAGE",
                "elderIds", List.of(GlobalId.of("Elder", first.elder())), "gridIds", List.of(GlobalId.of("Grid", first.grid())),
                "projectIds", List.of(GlobalId.of("Project", first.project()))));
        Map<String, Object> westPart = Map.of("code", west, "name", "丑西村", "kind", "ADMINISTRATIVE_VILLAGE", "rest", true);
        var split = as(ANJI_ADMIN).document(SPLIT).variable("input", Map.of("sourceCode", source, "version", 0,
                "parts", List.of(eastPart, westPart), "reason", "一村分两村")).execute();
        split.path("splitRegion.retired.successor.code").entity(String.class).isEqualTo(west)
                .path("splitRegion.parts[*].code").entityList(String.class).containsExactly(east, west);
        assertThat(region("elder", first.elder())).isEqualTo(east);
        assertThat(region("device", first.device())).isEqualTo(east);
        assertThat(region("alert", first.alert())).isEqualTo(east);
        assertThat(region("grid", first.grid())).isEqualTo(east);
        assertThat(region("matter", first.matter())).isEqualTo(east);
        assertThat(region("project", first.project())).isEqualTo(east);
        assertThat(region("elder", second.elder())).isEqualTo(west);
        assertThat(region("matter", second.matter())).isEqualTo(west);
        assertThat(region("talent", first.talent())).isEqualTo(west);
        TABLES.forEach((table, column) -> assertThat(rows(table, column, source)).as(table).isZero());

        // a listed record that is not the village's is refused, naming the part's field
        String other = village(town, 222, "寅村");
        Seeded stranger = seed(other, 1);
        refused(as(ANJI_ADMIN).document(SPLIT).variable("input", Map.of("sourceCode", other, "version", 0, "reason", "分村",
                "parts", List.of(Map.of("code", town + "323", "name", "寅东村", "kind", "ADMINISTRATIVE_VILLAGE",
                                "elderIds", List.of(GlobalId.of("Elder", first.elder()))),
                        Map.of("code", town + "324", "name", "寅西村", "kind", "ADMINISTRATIVE_VILLAGE", "rest", true)))).execute(),
                "BAD_REQUEST", "input.parts[0].elderIds");
        assertThat(region("elder", stranger.elder())).isEqualTo(other);
    }

    @Test
    void movesOneElderWithTheKitAndAlerts() {
        String town = freshTown();
        String from = village(town, 225, "卯村");
        String to = village(town, 226, "辰村");
        Seeded household = seed(from, 1);
        String elderId = GlobalId.of("Elder", household.elder());
        long version = jdbc.sql("SELECT version FROM elder WHERE id = ?").param(household.elder()).query(Long.class).single();
        refused(as(ANJI_ADMIN).document(MOVE_ELDER).variable("input", Map.of("elderId", elderId, "version", version + 3,
                "villageCode", to, "reason", "随女儿迁居")).execute(), "CONFLICT", "input.version");
        refused(as(DEQING_ADMIN).document(MOVE_ELDER).variable("input", Map.of("elderId", elderId, "version", version,
                "villageCode", to, "reason", "随女儿迁居")).execute(), "NOT_FOUND", "input.elderId");
        var moved = as(ANJI_ADMIN).document(MOVE_ELDER).variable("input", Map.of("elderId", elderId, "version", version,
                "villageCode", to, "reason", "随女儿迁居")).execute();
        moved.path("moveElder.elder.version").entity(Long.class).isEqualTo(version + 1);
        assertThat(moved(moved, "moveElder.moved")).containsEntry("elders", 1).containsEntry("devices", 1).containsEntry("alerts", 1);
        assertThat(region("elder", household.elder())).isEqualTo(to);
        assertThat(region("device", household.device())).isEqualTo(to);
        assertThat(region("alert", household.alert())).isEqualTo(to);
        assertThat(region("grid", household.grid())).as("the village's grid stays").isEqualTo(from);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE region_code = ? AND detail LIKE '%随女儿迁居%'").param(to)
                .query(Long.class).single()).isEqualTo(3);
    }

    // --- fixtures ---

    private long countedMerge(String town, int a, int b, int target, int perVillage) {
        String first = village(town, a, "计" + a);
        String second = village(town, b, "计" + b);
        for (int i = 0; i < perVillage; i++) {
            seed(first, 1);
            seed(second, 1);
        }
        tokenOf(ANJI_ADMIN);
        SqlStatements.reset();
        as(ANJI_ADMIN).document(MERGE).variable("input", mergeInput(List.of(first, second),
                        Map.of("newVillage", Map.of("code", town + target, "name", "计" + target, "kind", "ADMINISTRATIVE_VILLAGE")), "并村"))
                .execute().path("mergeRegions.region.code").entity(String.class).isEqualTo(town + target);
        return SqlStatements.count();
    }

    private record Seeded(long project, long talent, long elder, long device, long alert, long grid, long matter) {
    }

    /** One record of each kind in the village. */
    private Seeded seed(String village, int unused) {
        int n = unique();
        Timestamp now = Timestamp.from(Instant.now());
        long project = insertLike("project", Map.of("region_code", village, "township_code", village.substring(0, 9), "county_code",
                village.substring(0, 6), "name", "并村项目" + n, "version", 0), Set.of("application_id"));
        insertLike("project_village", Map.of("project_id", project, "region_code", village, "village_code", village, "share", 100), Set.of());
        // live applications of the test's villages each for another item (two for one item cannot merge); rejected ones beyond the menu
        List<Map<String, Object>> menu = jdbc.sql("SELECT id, round_id, code FROM catalogue_item ORDER BY id").query().listOfRows();
        int k = seeds++;
        Map<String, Object> item = menu.get(k < menu.size() ? k : 0);
        insert("pool_application", Map.of("round_id", item.get("round_id"), "catalogue_item_id", item.get("id"), "catalogue_code", item.get("code"),
                "region_code", village, "title", "并村申报" + n, "reason", "测试", "amount_asked", 1000, "status", k < menu.size() ? "SUBMITTED" : "REJECTED",
                "created_at", now, "updated_at", now));
        long talent = insertLike("talent", Map.of("region_code", village, "name", "并村乡贤" + n, "birth_year", 1950 + n % 40, "version", 0),
                Set.of());
        long elder = insertLike("elder", Map.of("region_code", village, "version", 0), Set.of());
        long device = insertLike("device", Map.of("region_code", village, "elder_id", elder, "serial", "MERGE-" + n, "version", 0),
                Set.of("decommissioned_at"));
        long alert = insert("alert", Map.ofEntries(Map.entry("elder_id", elder), Map.entry("device_id", device), Map.entry("region_code", village),
                Map.entry("kind", "PANIC"), Map.entry("severity", "CRITICAL"), Map.entry("urgency", 1), Map.entry("status", "RAISED"),
                Map.entry("open_key", "PANIC:merge" + n), Map.entry("raised_at", now), Map.entry("last_triggered_at", now),
                Map.entry("trigger_count", 1), Map.entry("escalation_level", "VILLAGE"), Map.entry("created_at", now), Map.entry("updated_at", now)));
        long grid = insertLike("grid", Map.of("region_code", village, "code", "MG" + n, "name", "并村网格" + n, "version", 0), Set.of("parent_id"));
        long matter = insert("matter", Map.ofEntries(Map.entry("number", "SX-T-" + n), Map.entry("kind", "ENVIRONMENT"), Map.entry("title", "并村事项" + n),
                Map.entry("status", "REPORTED"), Map.entry("region_code", village), Map.entry("grid_id", grid), Map.entry("reported_by", "test"),
                Map.entry("reported_at", now), Map.entry("due_key", now), Map.entry("escalation_level", "GRID"),
                Map.entry("created_at", now), Map.entry("updated_at", now)));
        return new Seeded(project, talent, elder, device, alert, grid, matter);
    }

    /** A row like the table's first one, with the given values and the given columns null. */
    private long insertLike(String table, Map<String, Object> values, Set<String> nulls) {
        Map<String, Object> template = jdbc.sql("SELECT * FROM " + table + " ORDER BY id LIMIT 1").query().singleRow();
        Map<String, Object> row = new LinkedHashMap<>();
        template.forEach((column, value) -> {
            String name = column.toLowerCase();
            if (!GENERATED.contains(name)) {
                row.put(name, nulls.contains(name) ? null : values.getOrDefault(name, value));
            }
        });
        return insert(table, row);
    }

    private long insert(String table, Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        var statement = jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")");
        for (String column : columns) {
            statement = statement.param(row.get(column));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }

    private String freshTown() {
        String code = "330523" + (400 + unique() % 100); // AccessMatrixTest draws 500–599
        importUnits(new RegionImport.Unit(code, RegionKind.TOWN, "330523", "并村测试镇" + code.substring(6), null, null, null, true));
        return code;
    }

    private String village(String town, int suffix, String name) {
        String code = town + suffix;
        importUnits(new RegionImport.Unit(code, RegionKind.ADMINISTRATIVE_VILLAGE, town, name, null, 900, 300, true));
        return code;
    }

    private Map<String, Object> mergeInput(List<String> sources, Map<String, Object> target, String reason) {
        Map<String, Object> input = new HashMap<>();
        input.put("sourceCodes", sources);
        input.put("sourceVersions", sources.stream().map(code -> 0).toList());
        input.put("target", target);
        input.put("reason", reason);
        return input;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> moved(GraphQlTester.Response response, String path) {
        Map<String, Integer> moved = new HashMap<>();
        response.path(path).entityList(Map.class).get()
                .forEach(entry -> moved.put((String) entry.get("kind"), ((Number) entry.get("count")).intValue()));
        return moved;
    }

    private Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        TABLES.keySet().forEach(table -> totals.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()));
        return totals;
    }

    private long rows(String table, String column, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?").param(code).query(Long.class).single();
    }

    private String region(String table, long id) {
        return jdbc.sql("SELECT region_code FROM " + table + " WHERE id = ?").param(id).query(String.class).single();
    }

    private boolean retired(String code) {
        return jdbc.sql("SELECT retired_at IS NOT NULL FROM region WHERE code = ?").param(code).query(Boolean.class).single();
    }

    private long auditCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();
    }

    private static void refused(GraphQlTester.Response response, String classification, String field) {
        response.errors().satisfy(errors -> {
            assertThat(errors).isNotEmpty();
            assertThat(errors.getFirst().getExtensions()).containsEntry("classification", classification);
            if (field != null) {
                assertThat(errors.getFirst().getExtensions()).containsEntry("field", field);
            }
        });
    }
}
