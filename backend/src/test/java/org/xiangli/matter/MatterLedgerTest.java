package org.xiangli.matter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Year;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's state machine over GraphQL with real tokens: report → dispatch → accept → complete
 * → confirm, returns both ways, fixed on the spot with a photo, illegal steps, who may take which
 * step, stale versions, and what each role sees.
 */
class MatterLedgerTest extends MatterApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGridWorkersReportIsDispatchedWorkedAndClosedWithItsFullHistory() {
        Map reported = report(XU_YANLIANG, "河道漂浮垃圾" + unique());
        assertThat((String) reported.get("number")).matches("SX-\\d{4}-\\d{6}");
        assertThat(reported).containsEntry("status", "REPORTED").containsEntry("regionCode", LIJIAXIANG_VILLAGE)
                .containsEntry("grid", Map.of("code", LIJIAXIANG_VILLAGE + "-01")).containsEntry("reportedBy", XU_YANLIANG)
                .containsEntry("owner", null).containsEntry("escalationLevel", "GRID").containsEntry("overdue", false);

        // the command centre of 李家巷镇 sees it on its board and dispatches it to the reporter
        List<String> board = as(LIJIAXIANG_CENTRE).document("{ matters(first: 100, filter: {reportedBy: \"xu.yanliang\"}, orderBy: NEWEST) { nodes { id } } }")
                .execute().path("matters.nodes[*].id").entityList(String.class).get();
        assertThat(board).contains((String) reported.get("id"));
        Map dispatched = dispatch(LIJIAXIANG_CENTRE, reported, "GRID_WORKER", XU_YANLIANG, inDays(3));
        assertThat(dispatched).containsEntry("status", "DISPATCHED").containsEntry("escalationLevel", "GRID")
                .containsEntry("owner", Map.of("kind", "GRID_WORKER", "reference", XU_YANLIANG, "name", "许**"));

        Map accepted = simple(XU_YANLIANG, "acceptMatter", dispatched);
        assertThat(accepted).containsEntry("status", "IN_HAND");
        Map done = complete(XU_YANLIANG, accepted, "已打捞清理");
        assertThat(done).containsEntry("status", "DONE");
        assertThat(done.get("doneAt")).isNotNull();
        Map closed = simple(XU_YANLIANG, "confirmMatter", done);
        assertThat(closed).containsEntry("status", "CLOSED");
        assertThat(closed.get("closedAt")).isNotNull();
        assertThat((List<Map>) closed.get("history")).extracting(s -> s.get("action") + "/" + s.get("actor"))
                .containsExactly("REPORTED/xu.yanliang", "DISPATCHED/lijiaxiang.centre", "ACCEPTED/xu.yanliang",
                        "COMPLETED/xu.yanliang", "CONFIRMED/xu.yanliang");
        assertThat((List<Map>) closed.get("history")).extracting(s -> s.get("note")).contains("已打捞清理");

        // a closed matter takes no more steps, and is off the default (open) list
        GraphQlTester.Response again = step(XU_YANLIANG, "returnMatter", "ReturnMatterInput",
                Map.of("id", closed.get("id"), "version", closed.get("version"), "reason", "再看看"));
        assertThat(expectError(again, "CONFLICT", "input.id").getMessage()).contains("CLOSED").contains("no more steps");
        assertThat(as(LIJIAXIANG_CENTRE).document("{ matters(first: 100, filter: {reportedBy: \"xu.yanliang\"}, orderBy: NEWEST) { nodes { id } } }")
                .execute().path("matters.nodes[*].id").entityList(String.class).get()).doesNotContain((String) closed.get("id"));

        // audited through JPA
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'Matter' AND entity_id = ?")
                .param(org.xiangli.graphql.GlobalId.decode((String) closed.get("id"), "id").id())
                .query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anIllegalStepIsAConflictNamingTheStatusAndTheAllowedSteps() {
        Map reported = report(LIJIAXIANG_CENTRE, Map.of("kind", "SAFETY", "title", "危房" + unique(), "regionCode", LIJIAXIANG_VILLAGE));
        assertThat(reported).containsEntry("escalationLevel", "VILLAGE").containsEntry("grid", null);
        GraphQlTester.Response response = step(LIJIAXIANG_CENTRE, "acceptMatter", "MatterStepInput",
                Map.of("id", reported.get("id"), "version", reported.get("version")));
        assertThat(expectError(response, "CONFLICT", "input.id").getMessage()).contains("REPORTED").contains("DISPATCHED");
    }

    @Test
    void ownersReturnDispatchedMattersAndConfirmersRefuseDoneOnes() {
        Map reported = report(LIJIAXIANG_CENTRE, Map.of("kind", "INFRASTRUCTURE", "title", "路灯不亮" + unique(), "regionCode", LIJIAXIANG_VILLAGE));
        Map dispatched = dispatch(LIJIAXIANG_CENTRE, reported, "VILLAGE", LIJIAXIANG_VILLAGE, inDays(2));
        assertThat(dispatched).containsEntry("owner", Map.of("kind", "VILLAGE", "reference", LIJIAXIANG_VILLAGE, "name", "演示一村"))
                .containsEntry("escalationLevel", "VILLAGE");
        Map returned = stepped(LIJIAXIANG_CENTRE, "returnMatter", "ReturnMatterInput",
                Map.of("id", dispatched.get("id"), "version", dispatched.get("version"), "reason", "不属本村职责"));
        assertThat(returned).containsEntry("status", "RETURNED").containsEntry("owner", null).containsEntry("deadline", null);

        Map again = dispatch(LIJIAXIANG_CENTRE, returned, "DEPARTMENT", "镇综合执法队", inDays(2));
        assertThat(again).containsEntry("escalationLevel", "TOWNSHIP")
                .containsEntry("owner", Map.of("kind", "DEPARTMENT", "reference", "镇综合执法队", "name", "镇综合执法队"));
        // a grid worker is not the department
        expectError(step(XU_YANLIANG, "acceptMatter", "MatterStepInput", Map.of("id", again.get("id"), "version", again.get("version"))),
                "NOT_FOUND", "input.id");
        Map done = complete(LIJIAXIANG_CENTRE, simple(LIJIAXIANG_CENTRE, "acceptMatter", again), "已更换灯泡");
        Map refused = stepped(LIJIAXIANG_CENTRE, "returnMatter", "ReturnMatterInput",
                Map.of("id", done.get("id"), "version", done.get("version"), "reason", "仍有两盏不亮"));
        assertThat(refused).containsEntry("status", "IN_HAND").containsEntry("doneAt", null);
        assertThat(refused.get("owner")).isEqualTo(again.get("owner"));
        assertThat((List<Map>) refused.get("history")).extracting(s -> s.get("action"))
                .containsExactly("REPORTED", "DISPATCHED", "RETURNED", "DISPATCHED", "ACCEPTED", "COMPLETED", "RETURNED");
    }

    @Test
    void fixedOnTheSpotNeedsAPhotoAndClosesInOneStep() {
        expectError(as(SHANGSHU_GRID).document("mutation($i: ReportMatterInput!) { reportMatter(input: $i) { matter { id } } }")
                .variable("i", Map.of("kind", "ENVIRONMENT", "title", "垃圾桶满溢", "fixedOnSpot", true, "resolution", "已清运"))
                .execute(), "BAD_REQUEST", "input.photoIds");
        String photo = uploadedPhoto(SHANGSHU_GRID);
        Map fixed = report(SHANGSHU_GRID, Map.of("kind", "ENVIRONMENT", "title", "垃圾桶满溢" + unique(), "fixedOnSpot", true,
                "resolution", "已清运", "photoIds", List.of(photo), "location", Map.of("lat", 30.5, "lng", 119.6)));
        assertThat(fixed).containsEntry("status", "CLOSED").containsEntry("grid", Map.of("code", SHANGSHU_VILLAGE + "-01"));
        assertThat(fixed.get("closedAt")).isEqualTo(fixed.get("reportedAt"));
        assertThat((List<Map>) fixed.get("photos")).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("id", photo).containsEntry("uploadedBy", SHANGSHU_GRID);
            assertThat(java.time.OffsetDateTime.parse((String) p.get("takenAt")).toInstant()).isEqualTo(java.time.Instant.parse("2026-05-01T01:30:00Z"));
            assertThat((String) p.get("url")).isEqualTo("/files/matter-photos/" + photo);
        });
        assertThat((List<Map>) fixed.get("history")).extracting(s -> s.get("action")).containsExactly("REPORTED", "COMPLETED", "CONFIRMED");

        // the photo is fetched with the caller's token and scope; attached once only
        http.get().uri("/files/matter-photos/" + photo).header("Authorization", "Bearer " + tokenOf(SHANGSHU_CENTRE)).exchange()
                .expectStatus().isOk().expectHeader().contentType("image/jpeg");
        http.get().uri("/files/matter-photos/" + photo).header("Authorization", "Bearer " + tokenOf(LIJIAXIANG_CENTRE)).exchange()
                .expectStatus().isNotFound();
        expectError(as(SHANGSHU_GRID).document("mutation($i: ReportMatterInput!) { reportMatter(input: $i) { matter { id } } }")
                .variable("i", Map.of("kind", "OTHER", "title", "再用旧照片", "photoIds", List.of(photo))).execute(), "NOT_FOUND", "input.photoIds");
    }

    @Test
    void photosAreJpegOrPngWithinTenMegabytes() {
        upload(SHANGSHU_GRID, "not a photo".getBytes(), null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("file");
        upload(SHANGSHU_GRID, jpeg(1024), "yesterday").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("takenAt");
        upload(LINPING_OPERATOR, jpeg(1024), null).expectStatus().isForbidden();
    }

    @Test
    void aStaleVersionIsAConflictAndBadInputNamesTheField() {
        Map reported = report(SHANGSHU_CENTRE, Map.of("kind", "DISPUTE", "title", "邻里纠纷" + unique(), "regionCode", SHANGSHU_VILLAGE));
        dispatch(SHANGSHU_CENTRE, reported, "GRID_WORKER", SHANGSHU_GRID, inDays(1));
        expectError(step(SHANGSHU_CENTRE, "dispatchMatter", "DispatchMatterInput", Map.of("id", reported.get("id"),
                "version", reported.get("version"), "ownerKind", "DEPARTMENT", "owner", "司法所", "deadline", inDays(1).toString())),
                "CONFLICT", "input.version");
        Map other = report(SHANGSHU_CENTRE, Map.of("kind", "DISPUTE", "title", "邻里纠纷" + unique(), "regionCode", SHANGSHU_VILLAGE));
        expectError(step(SHANGSHU_CENTRE, "dispatchMatter", "DispatchMatterInput", Map.of("id", other.get("id"),
                "version", other.get("version"), "ownerKind", "DEPARTMENT", "owner", "司法所", "deadline", inDays(-1).toString())),
                "BAD_REQUEST", "input.deadline");
        expectError(step(SHANGSHU_CENTRE, "dispatchMatter", "DispatchMatterInput", Map.of("id", other.get("id"),
                "version", other.get("version"), "ownerKind", "GRID_WORKER", "owner", XU_YANLIANG, "deadline", inDays(1).toString())),
                "NOT_FOUND", "input.owner");
        expectError(as(SHANGSHU_CENTRE).document("mutation($i: ReportMatterInput!) { reportMatter(input: $i) { matter { id } } }")
                .variable("i", Map.of("kind", "OTHER", "title", "x", "regionCode", SHANGSHU_VILLAGE)).execute(), "BAD_REQUEST", "input.title");
        expectError(as(SHANGSHU_CENTRE).document("mutation($i: ReportMatterInput!) { reportMatter(input: $i) { matter { id } } }")
                .variable("i", Map.of("kind", "OTHER", "title", "哪里", "regionCode", "330522100200")).execute(), "NOT_FOUND", "input.regionCode");
        expectError(as(SHANGSHU_CENTRE).document("{ matters(filter: {within: \"33%\"}) { totalCount } }").execute(), "BAD_REQUEST", "filter.within");
    }

    @Test
    void eachSeesTheirOwnPartOfTheLedger() {
        String tag = "范围" + unique();
        Map inGrid = report(SHANGSHU_GRID, tag + "网格内");
        Map otherGrid = report(SHANGSHU_ADMIN, Map.of("kind", "OTHER", "title", tag + "二号网格", "gridId", gridId(SHANGSHU_VILLAGE + "-02")));
        Map lijiaxiang = report(XU_YANLIANG, tag + "李家巷");
        assertThat(titles(SHANGSHU_GRID, tag)).containsExactlyInAnyOrder(tag + "网格内");
        assertThat(titles(SHANGSHU_CENTRE, tag)).containsExactlyInAnyOrder(tag + "网格内", tag + "二号网格");
        assertThat(titles(SHANGSHU_OFFICIAL, tag)).containsExactlyInAnyOrder(tag + "网格内", tag + "二号网格");
        assertThat(titles(ANJI_SUPERVISOR, tag)).containsExactlyInAnyOrder(tag + "网格内", tag + "二号网格");
        assertThat(titles(LIJIAXIANG_CENTRE, tag)).containsExactly(tag + "李家巷");
        assertThat(titles(PLATFORM_ADMIN, tag)).hasSize(3);
        // once dispatched to shangshu.grid, the other grid's matter is hers to see
        dispatch(SHANGSHU_CENTRE, otherGrid, "GRID_WORKER", SHANGSHU_GRID, inDays(2));
        assertThat(titles(SHANGSHU_GRID, tag)).containsExactlyInAnyOrder(tag + "网格内", tag + "二号网格");
        // node lookups follow the same scope
        as(LIJIAXIANG_CENTRE).document("query($id: ID!) { node(id: $id) { id } }").variable("id", inGrid.get("id")).execute()
                .path("node").valueIsNull();
        assertThat(lijiaxiang.get("number")).isNotEqualTo(inGrid.get("number"));
        // Grid.openMatters counts the grid's matters not closed
        int open = as(SHANGSHU_CENTRE).document("{ grids(first: 100, filter: {within: \"" + SHANGSHU_VILLAGE + "\"}) { nodes { code openMatters } } }")
                .execute().path("grids.nodes[?(@.code == '" + SHANGSHU_VILLAGE + "-01')].openMatters").entityList(Integer.class).get().getFirst();
        assertThat(open).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDemoBoardsHoldMattersInEveryStatusSomeOverdue() {
        for (String centre : List.of(LIJIAXIANG_CENTRE, SHANGSHU_CENTRE)) {
            List<String> statuses = as(centre).document("{ matters(first: 100, filter: {statuses: []}, orderBy: OLDEST) { totalCount nodes { status } } }")
                    .execute().path("matters.nodes[*].status").entityList(String.class).get();
            assertThat(statuses).as(centre).hasSizeGreaterThanOrEqualTo(30)
                    .contains("REPORTED", "DISPATCHED", "IN_HAND", "DONE", "CLOSED", "RETURNED");
            Map kpis = as(centre).document("{ matterKpis(from: \"" + java.time.Instant.now().minus(java.time.Duration.ofDays(40))
                            + "\") { total closed overdueNow byRegion { count } } }").execute().path("matterKpis").entity(Map.class).get();
            assertThat((Integer) kpis.get("total")).as(centre).isGreaterThanOrEqualTo(30);
            assertThat((Integer) kpis.get("overdueNow")).as(centre).isBetween(1, 10);
            assertThat((Integer) kpis.get("closed")).as(centre).isPositive();
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({"linping.operator, reads, FORBIDDEN", "demo-integrator, reads, FORBIDDEN", "anonymous, reads, UNAUTHORIZED",
            "anji.supervisor, reads, ALLOWED", "shangshu.grid, dispatches, FORBIDDEN", "shangshu.official, dispatches, FORBIDDEN",
            "anji.supervisor, reports, FORBIDDEN", "linping.operator, reports, FORBIDDEN", "shangshu.centre, dispatches, ALLOWED",
            "lijiaxiang.centre, dispatches, NOT_FOUND"})
    void whoMayDoWhat(String user, String what, String outcome) {
        GraphQlTester tester = "anonymous".equals(user) ? graphQl : as(user);
        GraphQlTester.Response response = switch (what) {
            case "reads" -> tester.document("{ matters(first: 1) { totalCount } }").execute();
            case "reports" -> tester.document("mutation($i: ReportMatterInput!) { reportMatter(input: $i) { matter { id } } }")
                    .variable("i", Map.of("kind", "OTHER", "title", "矩阵事项", "regionCode", SHANGSHU_VILLAGE)).execute();
            default -> {
                Map matter = report(SHANGSHU_CENTRE, Map.of("kind", "OTHER", "title", "矩阵派单" + unique(), "regionCode", SHANGSHU_VILLAGE));
                yield tester.document("mutation($i: DispatchMatterInput!) { dispatchMatter(input: $i) { matter { id } } }")
                        .variable("i", Map.of("id", matter.get("id"), "version", matter.get("version"), "ownerKind", "DEPARTMENT",
                                "owner", "乡农业农村办", "deadline", inDays(3).toString())).execute();
            }
        };
        String root = switch (what) {
            case "reads" -> "matters";
            case "reports" -> "reportMatter";
            default -> "dispatchMatter";
        };
        if ("ALLOWED".equals(outcome)) {
            response.errors().verify().path(root).hasValue();
        } else {
            expectError(response, outcome, null);
        }
    }

    private List<String> titles(String user, String tag) {
        return as(user).document("query($f: MatterFilter) { matters(first: 100, filter: $f, orderBy: NEWEST) { totalCount nodes { title } } }")
                .variable("f", Map.of("statuses", List.of())).execute()
                .path("matters.nodes[*].title").entityList(String.class).get().stream().filter(t -> t.startsWith(tag)).toList();
    }

    private String gridId(String code) {
        return as(PLATFORM_ADMIN).document("{ grids(first: 100, filter: {within: \"" + code.substring(0, 12) + "\"}) { nodes { id code } } }")
                .execute().path("grids.nodes[?(@.code == '" + code + "')].id").entityList(String.class).get().getFirst();
    }
}
