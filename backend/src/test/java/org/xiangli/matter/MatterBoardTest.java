package org.xiangli.matter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.security.CurrentCaller;
import org.xiangli.support.MovableClock;
import org.xiangli.support.SqlStatements;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command centre's board: a page of matters with everything nested in a fixed number of SQL
 * statements, escalation of overdue matters on a moved clock, the KPIs with known figures, and the
 * live board over graphql-ws.
 */
@Import(MovableClock.Wiring.class)
class MatterBoardTest extends MatterApiTest {

    @Autowired
    MovableClock clock;

    @Autowired
    MatterEscalation escalation;

    @Autowired
    MatterChanges changes;

    private static final String PAGE = "query($v: String!, $n: Int!) { matters(first: $n, filter: {within: $v, statuses: []}) { totalCount"
            + " nodes { number region { name } grid { code name } owner { name } photos { url } history { action actor } project { name } } } }";

    @Test
    void aPageOfMattersWithEverythingNestedTakesAFixedNumberOfStatements() {
        String village = freshVillage();
        for (int i = 0; i < 12; i++) {
            Map matter = report(PLATFORM_ADMIN, Map.of("kind", "OTHER", "title", "批量" + i, "regionCode", village,
                    "photoIds", List.of(uploadedPhoto(PLATFORM_ADMIN))));
            if (i % 2 == 0) {
                dispatch(PLATFORM_ADMIN, matter, "DEPARTMENT", "县城管局", inDays(3));
            }
        }
        long three = statements(village, 3);
        long twelve = statements(village, 12);
        assertThat(twelve).as("statements for 12 matters as for 3").isEqualTo(three);
        assertThat(twelve).isLessThanOrEqualTo(8);
    }

    @Test
    void overdueMattersMoveUpTheLadderOnceADayWithAStepBySystem() {
        String village = freshVillage();
        Map matter = report(PLATFORM_ADMIN, Map.of("kind", "SAFETY", "title", "超期测试", "regionCode", village));
        Map dispatched = dispatch(PLATFORM_ADMIN, matter, "VILLAGE", village, clock.instant().plus(Duration.ofHours(2)));
        assertThat(dispatched).containsEntry("escalationLevel", "VILLAGE").containsEntry("overdue", false);
        // other tests' and the demo's overdue matters share the database: judge this matter, not the sweep's count
        sweep();
        assertThat(node((String) matter.get("id"))).containsEntry("escalationLevel", "VILLAGE").containsEntry("overdue", false);

        clock.advance(Duration.ofHours(3));
        assertThat(sweep()).isGreaterThanOrEqualTo(1);
        Map late = node((String) matter.get("id"));
        assertThat(late).containsEntry("escalationLevel", "TOWNSHIP").containsEntry("overdue", true);
        assertThat((List<Map>) late.get("history")).last().satisfies(step -> {
            assertThat(step).containsEntry("action", "ESCALATED").containsEntry("actor", "system");
            assertThat((String) step.get("note")).contains("TOWNSHIP");
        });
        // not again within the day; again after it, up to the county and no further
        sweep();
        assertThat(node((String) matter.get("id"))).containsEntry("escalationLevel", "TOWNSHIP");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        sweep();
        assertThat(node((String) matter.get("id"))).containsEntry("escalationLevel", "COUNTY");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        sweep();
        Map top = node((String) matter.get("id"));
        assertThat(top).containsEntry("escalationLevel", "COUNTY");
        assertThat((List<Map>) top.get("history")).filteredOn(step -> "ESCALATED".equals(step.get("action"))).hasSize(2);
        // the overdue filter finds it
        assertThat(as(PLATFORM_ADMIN).document("query($v: String!) { matters(filter: {within: $v, overdue: true}) { nodes { id } } }")
                .variable("v", village).execute().path("matters.nodes[*].id").entityList(String.class).get()).containsExactly((String) matter.get("id"));
    }

    @Test
    void theKpisCountAVillagesMattersExactly() {
        String village = freshVillage();
        // one fixed on the spot (closed at once, on time), one closed after its deadline, one overdue now, one waiting
        report(PLATFORM_ADMIN, Map.of("kind", "ENVIRONMENT", "title", "就地", "regionCode", village, "fixedOnSpot", true,
                "resolution", "清理", "photoIds", List.of(uploadedPhoto(PLATFORM_ADMIN))));
        Map late = dispatch(PLATFORM_ADMIN, report(PLATFORM_ADMIN, Map.of("kind", "SAFETY", "title", "迟办", "regionCode", village)),
                "DEPARTMENT", "安监", clock.instant().plus(Duration.ofHours(1)));
        Map overdue = dispatch(PLATFORM_ADMIN, report(PLATFORM_ADMIN, Map.of("kind", "SAFETY", "title", "超期", "regionCode", village)),
                "DEPARTMENT", "安监", clock.instant().plus(Duration.ofHours(1)));
        report(PLATFORM_ADMIN, Map.of("kind", "DISPUTE", "title", "待派", "regionCode", village));
        clock.advance(Duration.ofHours(2));
        Map done = complete(PLATFORM_ADMIN, simple(PLATFORM_ADMIN, "acceptMatter", late), "办结");
        simple(PLATFORM_ADMIN, "confirmMatter", done);
        assertThat(overdue.get("id")).isNotNull();

        Map kpis = as(PLATFORM_ADMIN).document("query($v: String!) { matterKpis(within: $v) { total closed onTimeClosureRate"
                        + " medianSecondsToClose overdueNow byKind { kind count } byRegion { region { code } count closed overdue } } }")
                .variable("v", village).execute().path("matterKpis").entity(Map.class).get();
        assertThat(kpis).containsEntry("total", 4).containsEntry("closed", 2).containsEntry("overdueNow", 1)
                .containsEntry("onTimeClosureRate", 0.5);
        // nearest-rank median of {0, ~2 h}: the smaller
        assertThat(((Number) kpis.get("medianSecondsToClose")).doubleValue()).isEqualTo(0.0);
        assertThat((List<Map>) kpis.get("byKind")).containsExactly(Map.of("kind", "DISPUTE", "count", 1),
                Map.of("kind", "ENVIRONMENT", "count", 1), Map.of("kind", "SAFETY", "count", 2));
        assertThat((List<Map>) kpis.get("byRegion")).containsExactly(Map.of("region", Map.of("code", village), "count", 4, "closed", 2, "overdue", 1));
        // another township's centre sees none of it
        assertThat(as(LIJIAXIANG_CENTRE).document("query($v: String!) { matterKpis(within: $v) { total } }").variable("v", village)
                .execute().path("matterKpis.total").entity(Integer.class).get()).isZero();
    }

    @Test
    void aCommandCentreHearsWhatIsReportedInItsTownshipOnly() {
        int listening = changes.subscribers();
        CompletableFuture<List<Map>> heard = subscriber(LIJIAXIANG_CENTRE)
                .document("subscription { matterChanged { action matter { title regionCode } } }")
                .retrieveSubscription("matterChanged").toEntity(Map.class)
                .filter(change -> ((String) ((Map) change.get("matter")).get("title")).startsWith("订阅"))
                .take(1).collectList().timeout(Duration.ofSeconds(60)).toFuture();
        await().untilAsserted(() -> assertThat(changes.subscribers()).isGreaterThan(listening));
        report(SHANGSHU_GRID, "订阅-上墅" + unique());
        String title = "订阅-李家巷" + unique();
        report(XU_YANLIANG, title);
        List<Map> changesHeard = heard.join();
        assertThat(changesHeard).singleElement().satisfies(change -> {
            assertThat(change).containsEntry("action", "REPORTED");
            assertThat((Map) change.get("matter")).containsEntry("title", title).containsEntry("regionCode", LIJIAXIANG_VILLAGE);
        });
    }

    private long statements(String village, int n) {
        SqlStatements.reset();
        as(PLATFORM_ADMIN).document(PAGE).variable("v", village).variable("n", n).execute()
                .path("matters.nodes").entityList(Object.class).hasSize(n);
        return SqlStatements.count();
    }

    private int sweep() {
        return CurrentCaller.asSystem(() -> escalation.escalateDue(clock.instant()));
    }

    private Map node(String id) {
        return as(PLATFORM_ADMIN).document("query($id: ID!) { node(id: $id) { ... on Matter { " + FIELDS + " } } }").variable("id", id)
                .execute().path("node").entity(Map.class).get();
    }

    private String freshVillage() {
        int n = unique();
        String town = "330113" + (100 + n / 200 % 100);
        String code = town + (200 + n % 200);
        importUnits(new RegionImport.Unit(town, RegionKind.TOWN, "330113", "测试镇" + town.substring(6), null, null, null, true),
                new RegionImport.Unit(code, RegionKind.ADMINISTRATIVE_VILLAGE, town, "事项村" + code.substring(9), null, 900, 300, true));
        return code;
    }
}
