package org.xiangli.pool;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.xiangli.project.ProjectApiTest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool over HTTP with real tokens: the village applies, the township reviews, the county
 * approves within the budget, each decision under public notice, the approval becomes a project,
 * and what is not funded rolls over with its history.
 */
class PoolRoundTripTest extends ProjectApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The rounds of one test: this year's first, then next year's (see {@link #freshRoundYear()}). */
    private int nextYear;

    @org.junit.jupiter.api.BeforeEach
    void roundYears() {
        nextYear = freshRoundYear();
    }

    private static final String APPLICATION_FIELDS = """
            id status version inNotice noticeEndsAt decisionReason amountApproved
            round { year remaining } catalogueItem { code } village { name }
            history { action statusAfter actor reason }
            project { id name category budgetTotal funding { source budget } }""";

    @Test
    void applyReviewApproveNoticeProject() {
        Round round = openRound(1_000_000, 0, 30, "GF-RT", "600000");
        String app = apply(round.items().get("GF-RT"), "500000", "50000");

        expectError(review(SHANGSHU_ADMIN, app, "RETURN", null), "BAD_REQUEST", "input.reason");
        GraphQlTester.Response returned = review(SHANGSHU_ADMIN, app, "RETURN", "请补充村民代表大会决议");
        returned.path("reviewApplication.application.status").entity(String.class).isEqualTo("RETURNED")
                .path("reviewApplication.application.inNotice").entity(Boolean.class).isEqualTo(false);
        expectError(decide(app, "APPROVE", null, null), "CONFLICT", "input.id");

        as(SHANGSHU_OFFICIAL).document("""
                        mutation($input: ReviseApplicationInput!) { reviseApplication(input: $input) { application { status } } }""")
                .variable("input", Map.of("id", app, "version", versionOf(app), "title", "上墅村村道提升（修订）",
                        "reason", "附村民代表大会决议", "amountAsked", "480000.00", "coFunding", "50000.00"))
                .execute().path("reviseApplication.application.status").entity(String.class).isEqualTo("SUBMITTED");

        review(SHANGSHU_ADMIN, app, "RECOMMEND", null)
                .path("reviewApplication.application.status").entity(String.class).isEqualTo("RECOMMENDED")
                .path("reviewApplication.application.inNotice").entity(Boolean.class).isEqualTo(true);
        // the township's recommendation is under public notice: the county must wait
        expectError(decide(app, "APPROVE", null, null), "CONFLICT", "input.id");
        expectError(decide(SHANGSHU_ADMIN, app, "APPROVE", null, null), "FORBIDDEN", null);

        clock.advance(Duration.ofDays(6));
        GraphQlTester.Response approved = decide(app, "APPROVE", null, null);
        approved.path("decideApplication.application.status").entity(String.class).isEqualTo("APPROVED")
                .path("decideApplication.application.amountApproved").entity(String.class).isEqualTo("480000.00")
                .path("decideApplication.application.round.remaining").entity(String.class).isEqualTo("520000.00")
                .path("decideApplication.application.inNotice").entity(Boolean.class).isEqualTo(true);

        expectError(createProjectFrom(app), "CONFLICT", "input.applicationId");
        clock.advance(Duration.ofDays(6));
        GraphQlTester.Response created = createProjectFrom(app);
        created.path("createProjectFromApplication.project.status").entity(String.class).isEqualTo("APPROVED")
                .path("createProjectFromApplication.project.category").entity(String.class).isEqualTo("TRANSPORT")
                .path("createProjectFromApplication.project.budgetTotal").entity(String.class).isEqualTo("530000.00")
                .path("createProjectFromApplication.project.applicationId").entity(String.class).isEqualTo(app)
                .path("createProjectFromApplication.project.villages[0].villageCode").entity(String.class).isEqualTo(SHANGSHU_VILLAGE)
                .path("createProjectFromApplication.application.project.id").hasValue();
        expectError(createProjectFrom(app), "CONFLICT", "input.applicationId");

        GraphQlTester.Response read = as(SHANGSHU_OFFICIAL).document("query($id: ID!) { node(id: $id) { ... on PoolApplication { "
                + APPLICATION_FIELDS + " } } }").variable("id", app).execute();
        read.path("node.history[*].action").entityList(String.class).containsExactly(
                "SUBMITTED", "RETURNED", "REVISED", "RECOMMENDED", "APPROVED", "PROJECT_CREATED");
        read.path("node.history[4].actor").entity(String.class).isEqualTo(ANJI_ADMIN);
        read.path("node.project.funding[*].source").entityList(String.class).containsExactly("COUNTY_FINANCE", "VILLAGE_COLLECTIVE");
    }

    @Test
    void theCountyCannotApproveBeyondTheRoundsBudget() {
        Round round = openRound(1_000_000, 0, 30, "GF-OC", "600000");
        String first = recommended(round.items().get("GF-OC"), "600000");
        String second = recommended(round.items().get("GF-OC"), "600000", OTHER_VILLAGE);
        clock.advance(Duration.ofDays(6));

        decide(first, "APPROVE", null, null).path("decideApplication.application.status").entity(String.class).isEqualTo("APPROVED");
        GraphQlTester.Response refused = decide(second, "APPROVE", null, null);
        expectError(refused, "CONFLICT", "input.amountApproved");
        refused.errors().satisfy(errors -> assertThat(errors.getFirst().getMessage()).contains("400000.00 left"));
        // approving less fits
        decide(second, "APPROVE", "400000.00", null).path("decideApplication.application.round.remaining")
                .entity(String.class).isEqualTo("0.00");
    }

    @Test
    void refusedStepsOfTheWorkflow() {
        // opened first, so it is this year's round: it closed yesterday
        Round closed = openRound(1_000_000, -10, -1, "GF-CL", "300000");
        Round round = openRound(1_000_000, 0, 30, "GF-RF", "300000");
        String item = round.items().get("GF-RF");
        // above the subsidy cap
        expectError(applyResponse(SHANGSHU_OFFICIAL, item, SHANGSHU_VILLAGE, "300000.01"), "BAD_REQUEST", "input.amountAsked");
        // a village outside the official's scope does not exist for them
        expectError(applyResponse(SHANGSHU_OFFICIAL, item, OTHER_VILLAGE, "1000"), "NOT_FOUND", "input.villageCode");
        // supervisors read, they do not apply
        expectError(applyResponse(ANJI_SUPERVISOR, item, SHANGSHU_VILLAGE, "1000"), "FORBIDDEN", null);
        String app = apply(item, "1000", null);
        // one application per village, item and round
        expectError(applyResponse(SHANGSHU_OFFICIAL, item, SHANGSHU_VILLAGE, "1000"), "CONFLICT", "input.catalogueItemId");
        // the county decides only what the township recommended
        expectError(decide(app, "APPROVE", null, null), "CONFLICT", "input.id");
        // a stale version is refused
        expectError(as(SHANGSHU_ADMIN).document("""
                        mutation($input: ReviewApplicationInput!) { reviewApplication(input: $input) { application { status } } }""")
                .variable("input", Map.of("id", app, "version", 99, "decision", "RECOMMEND")).execute(), "CONFLICT", "input.version");
        review(SHANGSHU_ADMIN, app, "REJECT", "不符合申报条件")
                .path("reviewApplication.application.status").entity(String.class).isEqualTo("REJECTED");
        expectError(review(SHANGSHU_ADMIN, app, "RECOMMEND", null), "CONFLICT", "input.id");

        // a closed round takes no applications
        expectError(applyResponse(SHANGSHU_OFFICIAL, closed.items().get("GF-CL"), SHANGSHU_VILLAGE, "1000"), "CONFLICT", "input.catalogueItemId");
    }

    @Test
    void applicationsNotFundedRollOverWithTheirHistory() {
        String code = "GF-RO" + unique();
        Round first = openRound(1_000_000, 0, 2, code, "500000", "GF-GONE" + unique(), "100000");
        String carried = recommended(first.items().get(code), "200000");
        String deferred = recommended(first.items().get(code), "200000", OTHER_VILLAGE);
        String gone = apply(first.items().values().stream().filter(id -> !id.equals(first.items().get(code))).findFirst().orElseThrow(), "1000", null);
        clock.advance(Duration.ofDays(6));
        decide(deferred, "DEFER", null, "本轮预算已用完").path("decideApplication.application.status").entity(String.class).isEqualTo("DEFERRED");

        Round next = openRound(2_000_000, 0, 30, code, "500000");
        GraphQlTester.Response rolled = as(ANJI_ADMIN).document("""
                        mutation($input: RollOverApplicationsInput!) {
                          rollOverApplications(input: $input) {
                            rolledOver { status round { year } rolledOverFrom { id status } history { action } }
                            leftBehind { id }
                          }
                        }""")
                .variable("input", Map.of("fromRoundId", first.id(), "toRoundId", next.id())).execute();
        rolled.path("rollOverApplications.rolledOver").entityList(Object.class).hasSize(2);
        rolled.path("rollOverApplications.rolledOver[*].status").entityList(String.class).containsExactly("RECOMMENDED", "RECOMMENDED");
        rolled.path("rollOverApplications.rolledOver[0].round.year").entity(Integer.class).isEqualTo(next.year());
        rolled.path("rollOverApplications.rolledOver[0].rolledOverFrom.id").entity(String.class).isEqualTo(carried);
        rolled.path("rollOverApplications.rolledOver[0].rolledOverFrom.status").entity(String.class).isEqualTo("ROLLED_OVER");
        rolled.path("rollOverApplications.rolledOver[0].history[*].action").entityList(String.class)
                .containsExactly("SUBMITTED", "RECOMMENDED", "ROLLED_OVER", "ROLLED_IN");
        rolled.path("rollOverApplications.leftBehind[*].id").entityList(String.class).containsExactly(gone);

        // both directions, one query each: what the village asked for over the years, and who asked for the item
        as(ANJI_SUPERVISOR).document("""
                        query($code: String!) {
                          byItem: poolApplications(filter: {catalogueCode: $code}) { totalCount nodes { village { name } round { year } status } }
                          all: poolApplications(filter: {catalogueCode: $code, includeRolledOver: true}) { totalCount }
                        }""")
                .variable("code", code).execute()
                .path("byItem.totalCount").entity(Integer.class).isEqualTo(2)
                .path("byItem.nodes[*].round.year").entityList(Integer.class).containsExactly(next.year(), next.year())
                .path("all.totalCount").entity(Integer.class).isEqualTo(4);
        as(SHANGSHU_OFFICIAL).document("""
                        query($v: String!, $code: String!) {
                          poolApplications(filter: {villageCode: $v, catalogueCode: $code}) { nodes { round { year } history { action } project { id } } }
                          projects(filter: {villageCode: $v}) { totalCount }
                        }""")
                .variable("v", SHANGSHU_VILLAGE).variable("code", code).execute()
                .path("poolApplications.nodes").entityList(Object.class).hasSize(1)
                .path("poolApplications.nodes[0].history[*].action").entityList(String.class).contains("ROLLED_IN")
                .path("projects.totalCount").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());

        // a second roll-over finds nothing left to carry
        as(ANJI_ADMIN).document("""
                        mutation($input: RollOverApplicationsInput!) { rollOverApplications(input: $input) { rolledOver { id } } }""")
                .variable("input", Map.of("fromRoundId", first.id(), "toRoundId", next.id())).execute()
                .path("rollOverApplications.rolledOver").entityList(Object.class).hasSize(0);
    }

    @Test
    void aDoubleSubmitMakesOneApplicationTheDatabaseKeepsItSo() throws Exception {
        Round round = openRound(1_000_000, 0, 30, "GF-DS", "600000");
        String item = round.items().get("GF-DS");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Boolean>> submits = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            submits.add(pool.submit(() -> {
                start.await();
                List<Object> errors = new java.util.ArrayList<>();
                applyResponse(SHANGSHU_OFFICIAL, item, SHANGSHU_VILLAGE, "1000").errors().satisfy(errors::addAll);
                return errors.isEmpty();
            }));
        }
        start.countDown();
        int accepted = 0;
        for (java.util.concurrent.Future<Boolean> submit : submits) {
            accepted += submit.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(accepted).as("one live application per village, item and round").isEqualTo(1);
        // the rule holds in the database itself, whoever writes
        long itemId = idOf(item);
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(org.springframework.dao.DataIntegrityViolationException.class, () ->
                jdbc.sql("""
                        INSERT INTO pool_application (round_id, catalogue_item_id, catalogue_code, region_code, title, reason, amount_asked,
                                                      status, version, created_at, updated_at)
                        SELECT round_id, catalogue_item_id, catalogue_code, region_code, title, reason, amount_asked, 'SUBMITTED', 0, created_at, updated_at
                          FROM pool_application WHERE catalogue_item_id = ? LIMIT 1""").param(itemId).update()))
                .hasMessageContaining("uk_pool_application_live");
    }

    @Test
    void aRoundsDatesLieInItsYearOrTheYearBefore() {
        int year = today().getYear() + 5;
        GraphQlTester.Response far = as(ANJI_ADMIN).document("""
                        mutation($input: OpenPoolRoundInput!) { openPoolRound(input: $input) { round { id } } }""")
                .variable("input", Map.of("countyCode", ANJI, "year", year, "name", year + "年远期", "opensOn", today().toString(),
                        "closesOn", today().plusDays(10).toString(), "budget", "100"))
                .execute();
        expectError(far, "BAD_REQUEST", "input.opensOn");
        int next = today().getYear() + 1;
        expectError(as(ANJI_ADMIN).document("""
                        mutation($input: OpenPoolRoundInput!) { openPoolRound(input: $input) { round { id } } }""")
                .variable("input", Map.of("countyCode", ANJI, "year", next, "name", next + "年", "opensOn", today().toString(),
                        "closesOn", java.time.LocalDate.of(next + 1, 1, 31).toString(), "budget", "100"))
                .execute(), "BAD_REQUEST", "input.closesOn");
    }

    @Test
    void mutationPayloadsShowDecimalsAsQueriesDo() {
        Round round = openRound(1_000_000, 0, 30, "GF-DEC", "600000");
        as(SHANGSHU_OFFICIAL).document("""
                        mutation($input: ApplyToPoolInput!) { applyToPool(input: $input) { application { amountAsked coFunding round { budget } } } }""")
                .variable("input", Map.of("catalogueItemId", round.items().get("GF-DEC"), "villageCode", SHANGSHU_VILLAGE, "title", "申请",
                        "reason", "理由", "amountAsked", "500000"))
                .execute()
                .path("applyToPool.application.amountAsked").entity(String.class).isEqualTo("500000.00")
                .path("applyToPool.application.coFunding").entity(String.class).isEqualTo("0.00")
                .path("applyToPool.application.round.budget").entity(String.class).isEqualTo("1000000.00");
    }

    private static long idOf(String id) {
        return org.xiangli.graphql.GlobalId.decode(id, "id").id();
    }

    @Test
    void aRoundStillOpenDoesNotRollOver() {
        Round open = openRound(1_000_000, 0, 30, "GF-OP", "500000");
        Round next = openRound(1_000_000, 0, 30, "GF-OP", "500000");
        expectError(as(ANJI_ADMIN).document("""
                        mutation($input: RollOverApplicationsInput!) { rollOverApplications(input: $input) { rolledOver { id } } }""")
                .variable("input", Map.of("fromRoundId", open.id(), "toRoundId", next.id())).execute(), "CONFLICT", "input.fromRoundId");
    }

    record Round(String id, int year, Map<String, String> items) {
    }

    /** Opens a round of 安吉县 from today+opensIn to today+closesIn, with items as code, cap pairs. */
    Round openRound(long budget, int opensIn, int closesIn, String... itemsAndCaps) {
        int year = nextYear++;
        List<Map<String, Object>> catalogue = new java.util.ArrayList<>();
        for (int i = 0; i < itemsAndCaps.length; i += 2) {
            catalogue.add(Map.of("code", itemsAndCaps[i], "category", "TRANSPORT", "name", "村道提升" + itemsAndCaps[i],
                    "subsidyCap", itemsAndCaps[i + 1]));
        }
        GraphQlTester.Response response = as(ANJI_ADMIN).document("""
                        mutation($input: OpenPoolRoundInput!) {
                          openPoolRound(input: $input) { round { id year catalogue { id code } } }
                        }""")
                .variable("input", Map.of("countyCode", ANJI, "year", year, "name", year + "年测试项目池",
                        "opensOn", today().plusDays(opensIn).toString(), "closesOn", today().plusDays(closesIn).toString(),
                        "budget", Long.toString(budget), "catalogue", catalogue))
                .execute();
        String id = response.path("openPoolRound.round.id").entity(String.class).get();
        List<Map<String, String>> items = response.path("openPoolRound.round.catalogue").entityList(Map.class).get()
                .stream().map(m -> (Map<String, String>) m).toList();
        Map<String, String> byCode = new LinkedHashMap<>();
        items.forEach(item -> byCode.put(item.get("code"), item.get("id")));
        return new Round(id, year, byCode);
    }

    String apply(String itemId, String amount, String coFunding) {
        return apply(itemId, amount, coFunding, SHANGSHU_VILLAGE, SHANGSHU_OFFICIAL);
    }

    String apply(String itemId, String amount, String coFunding, String village, String user) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("catalogueItemId", itemId, "villageCode", village,
                "title", "上墅村村道提升", "reason", "村道破损严重", "amountAsked", amount));
        if (coFunding != null) {
            input.put("coFunding", coFunding);
        }
        return as(user).document("""
                        mutation($input: ApplyToPoolInput!) { applyToPool(input: $input) { application { id status } } }""")
                .variable("input", input).execute()
                .path("applyToPool.application.status").entity(String.class).isEqualTo("SUBMITTED")
                .path("applyToPool.application.id").entity(String.class).get();
    }

    GraphQlTester.Response applyResponse(String user, String itemId, String village, String amount) {
        return as(user).document("""
                        mutation($input: ApplyToPoolInput!) { applyToPool(input: $input) { application { id } } }""")
                .variable("input", Map.of("catalogueItemId", itemId, "villageCode", village, "title", "申请",
                        "reason", "理由", "amountAsked", amount))
                .execute();
    }

    /** Applied for 上墅村 by its official and recommended by 上墅乡, or for another village by the county admin. */
    String recommended(String itemId, String amount, String... village) {
        String user = village.length == 0 ? SHANGSHU_ADMIN : ANJI_ADMIN;
        String app = village.length == 0 ? apply(itemId, amount, null) : apply(itemId, amount, null, village[0], user);
        review(user, app, "RECOMMEND", null).errors().verify();
        return app;
    }

    GraphQlTester.Response review(String user, String app, String decision, String reason) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("id", app, "version", versionOf(app), "decision", decision));
        if (reason != null) {
            input.put("reason", reason);
        }
        return as(user).document("mutation($input: ReviewApplicationInput!) { reviewApplication(input: $input) { application { "
                + APPLICATION_FIELDS + " } } }").variable("input", input).execute();
    }

    GraphQlTester.Response decide(String app, String decision, String amount, String reason) {
        return decide(ANJI_ADMIN, app, decision, amount, reason);
    }

    GraphQlTester.Response decide(String user, String app, String decision, String amount, String reason) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("id", app, "version", versionOf(app), "decision", decision));
        if (amount != null) {
            input.put("amountApproved", amount);
        }
        if (reason != null) {
            input.put("reason", reason);
        }
        return as(user).document("mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { application { "
                + APPLICATION_FIELDS + " } } }").variable("input", input).execute();
    }

    GraphQlTester.Response createProjectFrom(String app) {
        return as(SHANGSHU_ADMIN).document("""
                        mutation($input: CreateProjectFromApplicationInput!) {
                          createProjectFromApplication(input: $input) {
                            project { id status category budgetTotal applicationId villages { villageCode share } }
                            application { project { id } }
                          }
                        }""")
                .variable("input", Map.of("applicationId", app, "owner", "上墅村股份经济合作社")).execute();
    }

    int versionOf(String app) {
        return as(PLATFORM_ADMIN).document("query($id: ID!) { node(id: $id) { ... on PoolApplication { version } } }")
                .variable("id", app).execute().path("node.version").entity(Integer.class).get();
    }
}
