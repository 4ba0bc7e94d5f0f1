package org.xiangli.grid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.xiangli.support.ApiTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grids and grid workers over GraphQL with real tokens: drawing and changing grids, registering
 * workers, who reads what (a grid worker their own grid), masking and version conflicts. The demo
 * data holds the grids of 李家巷镇 (330522100) and 上墅乡 (330523200) and the demo grid workers.
 */
class GridApiTest extends ApiTest {

    static final String SHANGSHU_VILLAGE = "330523200200";
    static final String LIJIAXIANG = "330522100";

    private static final String GRID_FIELDS = "id code name size boundary households version region { code } parent { code }"
            + " children { code } workers { name phone username employment active talent { name } }";

    @Test
    void aTownshipAdminDrawsALargeAndAMicroGridAndChangesIt() {
        Map large = create(SHANGSHU_ADMIN, Map.of("regionCode", SHANGSHU_VILLAGE, "name", "测试大网格", "size", "LARGE",
                "boundary", "村南", "households", 120));
        assertThat((String) large.get("code")).matches(SHANGSHU_VILLAGE + "-\\d{2,}");
        assertThat(large).containsEntry("size", "LARGE").containsEntry("households", 120).containsEntry("parent", null);
        assertThat(large.get("region")).isEqualTo(Map.of("code", SHANGSHU_VILLAGE));

        Map micro = create(SHANGSHU_ADMIN, Map.of("regionCode", SHANGSHU_VILLAGE, "name", "测试微网格", "size", "MICRO",
                "parentId", large.get("id")));
        assertThat(micro.get("parent")).isEqualTo(Map.of("code", large.get("code")));

        Map updated = as(SHANGSHU_ADMIN).document("mutation($i: UpdateGridInput!) { updateGrid(input: $i) { grid { name boundary households version } } }")
                .variable("i", Map.of("id", large.get("id"), "version", large.get("version"), "name", "改名大网格", "households", 130))
                .execute().path("updateGrid.grid").entity(Map.class).get();
        assertThat(updated).containsEntry("name", "改名大网格").containsEntry("boundary", "村南").containsEntry("households", 130)
                .containsEntry("version", ((Integer) large.get("version")) + 1);

        // the same version again is stale
        expectError(as(SHANGSHU_ADMIN).document("mutation($i: UpdateGridInput!) { updateGrid(input: $i) { grid { version } } }")
                .variable("i", Map.of("id", large.get("id"), "version", large.get("version"), "name", "再改")).execute(), "CONFLICT", "input.version");

        Map children = as(SHANGSHU_ADMIN).document("query($id: ID!) { node(id: $id) { ... on Grid { children { code name } } } }")
                .variable("id", large.get("id")).execute().path("node").entity(Map.class).get();
        assertThat(children.get("children")).isEqualTo(List.of(Map.of("code", micro.get("code"), "name", "测试微网格")));
    }

    @Test
    void badGridInputNamesTheField() {
        expectError(as(SHANGSHU_ADMIN).document("mutation($i: CreateGridInput!) { createGrid(input: $i) { grid { id } } }")
                .variable("i", Map.of("regionCode", SHANGSHU_VILLAGE, "name", "无父微网格", "size", "MICRO")).execute(), "BAD_REQUEST", "input.parentId");
        expectError(as(SHANGSHU_ADMIN).document("mutation($i: CreateGridInput!) { createGrid(input: $i) { grid { id } } }")
                .variable("i", Map.of("regionCode", "3305", "name", "坏代码", "size", "LARGE")).execute(), "BAD_REQUEST", "input.regionCode");
        expectError(as(SHANGSHU_ADMIN).document("mutation($i: CreateGridInput!) { createGrid(input: $i) { grid { id } } }")
                .variable("i", Map.of("regionCode", "330523", "name", "县级", "size", "LARGE")).execute(), "NOT_FOUND", "input.regionCode");
        expectError(as(SHANGSHU_ADMIN).document("mutation($i: CreateGridInput!) { createGrid(input: $i) { grid { id } } }")
                .variable("i", Map.of("regionCode", SHANGSHU_VILLAGE, "name", "负户数", "size", "LARGE", "households", -1)).execute(),
                "BAD_REQUEST", "input.households");
    }

    @Test
    void registersAWorkerWhosePhoneIsEncryptedAtRestAndMaskedForTheWorker() {
        Map grid = create(SHANGSHU_ADMIN, Map.of("regionCode", SHANGSHU_VILLAGE, "name", "登记网格", "size", "LARGE"));
        String username = "test.worker" + unique();
        Map worker = as(SHANGSHU_ADMIN).document("mutation($i: RegisterGridWorkerInput!) { registerGridWorker(input: $i) "
                        + "{ gridWorker { id name phone username employment active version grid { code } } } }")
                .variable("i", Map.of("gridId", grid.get("id"), "name", "测试员", "phone", "13912345678", "username", username,
                        "employment", "FULL_TIME"))
                .execute().path("registerGridWorker.gridWorker").entity(Map.class).get();
        assertThat(worker).containsEntry("name", "测试员").containsEntry("phone", "13912345678").containsEntry("active", true)
                .containsEntry("grid", Map.of("code", grid.get("code")));

        String stored = jdbc().sql("SELECT phone FROM grid_worker WHERE username = ?").param(username).query(String.class).single();
        assertThat(stored).doesNotContain("13912345678");

        // the account is one worker: a second registration is a CONFLICT naming the user name
        expectError(as(SHANGSHU_ADMIN).document("mutation($i: RegisterGridWorkerInput!) { registerGridWorker(input: $i) { gridWorker { id } } }")
                .variable("i", Map.of("gridId", grid.get("id"), "name", "重复", "username", username, "employment", "PART_TIME"))
                .execute(), "CONFLICT", "input.username");
        expectError(as(SHANGSHU_ADMIN).document("mutation($i: RegisterGridWorkerInput!) { registerGridWorker(input: $i) { gridWorker { id } } }")
                .variable("i", Map.of("gridId", grid.get("id"), "name", "坏电话", "phone", "12345", "username", "x" + username,
                        "employment", "PART_TIME"))
                .execute(), "BAD_REQUEST", "input.phone");

        Map ended = as(SHANGSHU_ADMIN).document("mutation($i: UpdateGridWorkerInput!) { updateGridWorker(input: $i) "
                        + "{ gridWorker { active employment version } } }")
                .variable("i", Map.of("id", worker.get("id"), "version", worker.get("version"), "active", false, "employment", "PART_TIME"))
                .execute().path("updateGridWorker.gridWorker").entity(Map.class).get();
        assertThat(ended).containsEntry("active", false).containsEntry("employment", "PART_TIME");
    }

    @Test
    void aGridWorkerReadsOnlyTheirOwnGridWithOthersMasked() {
        Map page = as(SHANGSHU_GRID).document("{ grids(first: 50) { totalCount nodes { " + GRID_FIELDS + " } } }")
                .execute().path("grids").entity(Map.class).get();
        List<Map> nodes = (List<Map>) page.get("nodes");
        // their large grid and its micro grids, nothing else of 上墅村 or 上墅乡
        assertThat(nodes).extracting(n -> n.get("code"))
                .contains(SHANGSHU_VILLAGE + "-01")
                .doesNotContain(SHANGSHU_VILLAGE + "-02", "330523200-01")
                .allSatisfy(code -> assertThat((String) code).startsWith(SHANGSHU_VILLAGE + "-"));
        assertThat(page.get("totalCount")).isEqualTo(nodes.size());
        Map own = nodes.stream().filter(n -> (SHANGSHU_VILLAGE + "-01").equals(n.get("code"))).findFirst().orElseThrow();
        List<Map> workers = (List<Map>) own.get("workers");
        Map wu = workers.stream().filter(w -> "shangshu.grid".equals(w.get("username"))).findFirst().orElseThrow();
        // a grid worker sees names and phones masked, and not the talent registry
        assertThat((String) wu.get("phone")).doesNotContain("13800000301").contains("*");
        assertThat(wu.get("talent")).isNull();
        assertThat(wu.get("employment")).isEqualTo("PART_TIME");

        // the admin of the township sees the same worker in plain, with the talent she is
        Map seenByAdmin = as(SHANGSHU_ADMIN).document("query($f: GridFilter) { grids(first: 50, filter: $f) { nodes { code workers { name phone talent { name } } } } }")
                .variable("f", Map.of("within", SHANGSHU_VILLAGE, "size", "LARGE")).execute()
                .path("grids.nodes[?(@.code == '" + SHANGSHU_VILLAGE + "-01')].workers[0]").entityList(Map.class).get().getFirst();
        assertThat(seenByAdmin).containsEntry("name", "吴晓燕").containsEntry("phone", "13800000301")
                .containsEntry("talent", Map.of("name", "吴晓燕"));
    }

    @Test
    void commandCentresAndGridWorkersReadTheirAreaOnly() {
        List<String> lijiaxiang = codes(LIJIAXIANG_CENTRE, null);
        assertThat(lijiaxiang).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith(LIJIAXIANG));
        assertThat(lijiaxiang).contains(LIJIAXIANG + "-01", LIJIAXIANG + "200-01", LIJIAXIANG + "200-03");
        assertThat(codes(SHANGSHU_CENTRE, null)).allSatisfy(code -> assertThat(code).startsWith("330523200"))
                .contains("330523200-01", SHANGSHU_VILLAGE + "-02");
        assertThat(codes(XU_YANLIANG, null)).allSatisfy(code -> assertThat(code).startsWith(LIJIAXIANG + "200-"))
                .contains(LIJIAXIANG + "200-01").doesNotContain(LIJIAXIANG + "200-02", LIJIAXIANG + "-01");
        assertThat(codes(ANJI_SUPERVISOR, null)).contains(SHANGSHU_VILLAGE + "-01").noneMatch(code -> code.startsWith("330522"));
        assertThat(codes(SHANGSHU_OFFICIAL, null)).contains(SHANGSHU_VILLAGE + "-01").doesNotContain("330523200-01");
        assertThat(codes(DEQING_ADMIN, null)).isEmpty();
        // Region.grids: the village's own grids, batch-loaded
        Map village = as(SHANGSHU_CENTRE).document("{ region(code: \"" + SHANGSHU_VILLAGE + "\") { grids { code size } } }")
                .execute().path("region").entity(Map.class).get();
        assertThat((List<Map>) village.get("grids")).extracting(g -> g.get("code")).startsWith(SHANGSHU_VILLAGE + "-01");
    }

    @Test
    void aGridWorkerWhoseServiceEndedSeesNothingUntilItResumes() {
        Map worker = as(SHANGSHU_ADMIN).document("query($f: GridFilter) { grids(first: 50, filter: $f) { nodes { code workers { id username version } } } }")
                .variable("f", Map.of("within", SHANGSHU_VILLAGE)).execute()
                .path("grids.nodes[?(@.code == '" + SHANGSHU_VILLAGE + "-01')].workers[?(@.username == 'shangshu.grid')]")
                .entityList(Map.class).get().getFirst();
        Map ended = as(SHANGSHU_ADMIN).document("mutation($i: UpdateGridWorkerInput!) { updateGridWorker(input: $i) { gridWorker { version } } }")
                .variable("i", Map.of("id", worker.get("id"), "version", worker.get("version"), "active", false)).execute()
                .path("updateGridWorker.gridWorker").entity(Map.class).get();
        try {
            assertThat(codes(SHANGSHU_GRID, null)).isEmpty();
            as(SHANGSHU_GRID).document("{ region(code: \"" + SHANGSHU_VILLAGE + "\") { code } }").execute().path("region").valueIsNull();
        } finally {
            as(SHANGSHU_ADMIN).document("mutation($i: UpdateGridWorkerInput!) { updateGridWorker(input: $i) { gridWorker { active } } }")
                    .variable("i", Map.of("id", worker.get("id"), "version", ended.get("version"), "active", true)).execute()
                    .path("updateGridWorker.gridWorker.active").entity(Boolean.class).isEqualTo(true);
        }
        assertThat(codes(SHANGSHU_GRID, null)).contains(SHANGSHU_VILLAGE + "-01");
    }

    @ParameterizedTest(name = "{0} creates a grid in 上墅村: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "platform.admin, ALLOWED", "anji.admin, ALLOWED", "shangshu.admin, ALLOWED",
            "deqing.admin, NOT_FOUND", "shangshu.official, FORBIDDEN", "anji.supervisor, FORBIDDEN", "shangshu.centre, FORBIDDEN",
            "shangshu.grid, FORBIDDEN", "linping.operator, FORBIDDEN", "demo-integrator, FORBIDDEN"})
    void whoDrawsGrids(String user, String outcome) {
        GraphQlTester.Response response = client(user).document("mutation($i: CreateGridInput!) { createGrid(input: $i) { grid { id } } }")
                .variable("i", Map.of("regionCode", SHANGSHU_VILLAGE, "name", "矩阵网格", "size", "LARGE")).execute();
        expect(response, outcome, "createGrid");
    }

    @ParameterizedTest(name = "{0} lists grids: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "platform.admin, ALLOWED", "shangshu.official, ALLOWED", "anji.supervisor, ALLOWED",
            "shangshu.centre, ALLOWED", "shangshu.grid, ALLOWED", "linping.operator, FORBIDDEN", "demo-integrator, FORBIDDEN"})
    void whoReadsGrids(String user, String outcome) {
        expect(client(user).document("{ grids(first: 5) { totalCount nodes { code } } }").execute(), outcome, "grids");
    }

    private Map create(String user, Map<String, Object> input) {
        return as(user).document("mutation($i: CreateGridInput!) { createGrid(input: $i) { grid { " + GRID_FIELDS + " } } }")
                .variable("i", input).execute().path("createGrid.grid").entity(Map.class).get();
    }

    private List<String> codes(String user, String within) {
        return as(user).document("{ grids(first: 100) { nodes { code } } }").execute()
                .path("grids.nodes[*].code").entityList(String.class).get();
    }

    private HttpGraphQlTester client(String user) {
        return "anonymous".equals(user) ? graphQl : as(user);
    }

    private org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return jdbcClient;
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

    static void expect(GraphQlTester.Response response, String outcome, String field) {
        if ("ALLOWED".equals(outcome)) {
            response.errors().verify().path(field).hasValue();
        } else {
            expectError(response, outcome, null);
        }
    }

    static void expectError(GraphQlTester.Response response, String classification, String field) {
        List<ResponseError> seen = new ArrayList<>();
        response.errors().satisfy(seen::addAll);
        assertThat(seen).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("classification", classification);
            if (field != null) {
                assertThat(error.getExtensions()).containsEntry("field", field);
            }
            assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("org.").doesNotContainIgnoringCase("select ");
        });
    }
}
