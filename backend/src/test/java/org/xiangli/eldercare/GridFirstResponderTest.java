package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.xiangli.graphql.GlobalId;
import org.xiangli.support.SqlStatements;
import reactor.core.Disposable;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14's first rung, over GraphQL with real tokens: an alert of an elder placed in a grid starts
 * at the GRID rung, the grid's worker (xu.yanliang, grid 330522100200-01 of 李家巷镇's 演示一村) sees it
 * and the elder's contacts unmasked (audited) and works it; another grid's worker sees nothing of it;
 * on a moved clock it climbs to the village, after which the grid worker reads it but neither works
 * it nor sees the elder unmasked. An elder without a grid starts at the village as before. Live, over
 * graphql-ws, the grid worker hears the alerts of their grid's elders only.
 */
class GridFirstResponderTest extends ElderCareApiTest {

    private static final String VILLAGE = "330522100200";
    private static final String OTHER_VILLAGE = "330522100201";
    private static final String CARD = """
            query($id: ID!) { node(id: $id) { ... on Alert { escalationLevel elder { name phone address grid { code } } } } }""";
    @Autowired
    AlertChanges changes;

    private static final String STEP = """
            mutation($input: AlertStepInput!) { %s(input: $input) { alert { status version assignee escalationLevel } } }""";

    @Test
    void theGridWorkerAnswersFirstAndLetsGoOnceTheAlertClimbsToTheVillage() {
        int escalatedBefore = escalatedInTheTownship();
        Household household = household(VILLAGE, Map.of("gridId", grid(VILLAGE + "-01")), PLATFORM_ADMIN);
        Map alert = panic(household);
        assertThat(alert).containsEntry("escalationLevel", "GRID");
        assertThat(escalatedInTheTownship()).as("starting at the grid is no escalation").isEqualTo(escalatedBefore);
        Instant raised = raisedAt(alert);

        GraphQlTester.Response card = as(XU_YANLIANG).document(CARD).variable("id", alert.get("id")).execute();
        card.path("node.elder.phone").entity(String.class).satisfies(phone -> assertThat(phone).doesNotContain("*").startsWith("1380000"))
                .path("node.elder.name").entity(String.class).satisfies(name -> assertThat(name).startsWith("测试老人"))
                .path("node.elder.grid.code").entity(String.class).isEqualTo(VILLAGE + "-01");
        long elderId = GlobalId.decode(household.elderId(), "id").id();
        await().untilAsserted(() -> assertThat(count("""
                SELECT COUNT(*) FROM audit_log WHERE action = 'READ_PERSONAL' AND entity_type = 'Elder' AND entity_id = ? AND actor = ?""",
                elderId, XU_YANLIANG)).isGreaterThanOrEqualTo(1));
        assertThat(alertIds(XU_YANLIANG, household)).containsExactly((String) alert.get("id"));

        assertThat(alertIds(SHANGSHU_GRID, household)).as("another grid's worker").isEmpty();
        as(SHANGSHU_GRID).document(CARD).variable("id", alert.get("id")).execute().path("node").valueIsNull();
        expectError(step(SHANGSHU_GRID, "acknowledgeAlert", alert, version(alert)), "NOT_FOUND", "input.id");

        long version = step(XU_YANLIANG, "acknowledgeAlert", alert, version(alert))
                .path("acknowledgeAlert.alert.assignee").entity(String.class).isEqualTo(XU_YANLIANG)
                .path("acknowledgeAlert.alert.escalationLevel").entity(String.class).isEqualTo("GRID")
                .path("acknowledgeAlert.alert.version").entity(Long.class).get();
        as(XU_YANLIANG).document("""
                        mutation($input: LogAlertCallInput!) { logAlertCall(input: $input) { alert { version } } }""")
                .variable("input", Map.of("id", alert.get("id"), "version", version, "contactPosition", 1, "result", "NO_ANSWER"))
                .execute().path("logAlertCall.alert.version").entity(Long.class).satisfies(v -> assertThat(v).isGreaterThan(0L));

        escalate(raised.plus(Duration.ofMinutes(46)));
        assertThat(escalatedInTheTownship()).isEqualTo(escalatedBefore + 1);
        GraphQlTester.Response after = as(XU_YANLIANG).document(CARD).variable("id", alert.get("id")).execute();
        after.path("node.escalationLevel").entity(String.class).isEqualTo("VILLAGE")
                .path("node.elder.phone").entity(String.class).satisfies(phone -> assertThat(phone).contains("****"))
                .path("node.elder.name").entity(String.class).satisfies(name -> assertThat(name).doesNotStartWith("测试老人"));
        Map current = alerts(PLATFORM_ADMIN, household).getFirst();
        GraphQlTester.Response refused = step(XU_YANLIANG, "arriveOnSite", current, version(current));
        expectError(refused, "FORBIDDEN", null);
        assertThat(errorsOf(refused).getFirst().getMessage()).contains("VILLAGE");
        step(PLATFORM_ADMIN, "arriveOnSite", current, version(current))
                .path("arriveOnSite.alert.status").entity(String.class).isEqualTo("ON_SITE");
        List<Map> steps = as(PLATFORM_ADMIN).document("query($id: ID!) { node(id: $id) { ... on Alert { steps { action actor note } } } }")
                .variable("id", alert.get("id")).execute().path("node.steps").entityList(Map.class).get();
        // the escalation is stamped at the moved instant, 46 minutes on, so it is listed last
        assertThat(steps).extracting(s -> s.get("action")).containsExactly("RAISED", "ACKNOWLEDGED", "CALL", "ON_SITE", "ESCALATED");
        assertThat(steps.getLast()).containsEntry("actor", "system")
                .containsEntry("note", "no responder on site within 45 min: escalated to VILLAGE");
    }

    @Test
    void theGridWorkerHearsLiveTheAlertsOfTheirGridsEldersOnly() {
        Household mine = household(VILLAGE, Map.of("gridId", grid(VILLAGE + "-01")), PLATFORM_ADMIN);
        Household neighbours = household(VILLAGE, Map.of("gridId", grid(VILLAGE + "-02")), PLATFORM_ADMIN);
        Household township = household(OTHER_VILLAGE, Map.of("gridId", grid("330522100-01")), PLATFORM_ADMIN);
        WebSocketGraphQlClient client = subscriber(XU_YANLIANG);
        int listening = changes.subscribers();
        List<Object> heard = new CopyOnWriteArrayList<>();
        Disposable stream = client.document("subscription { alertChanged { action alert { id } } }")
                .retrieveSubscription("alertChanged").toEntity(Map.class)
                .subscribe(change -> heard.add(((Map) change.get("alert")).get("id")));
        await().untilAsserted(() -> assertThat(changes.subscribers()).as("the grid worker's stream listens").isGreaterThan(listening));

        Object otherGrid = panic(neighbours).get("id");
        Object townshipGrid = panic(township).get("id");
        // raised after the other two on the same stream: once it is heard, so would they be
        Object own = panic(mine).get("id");
        await().untilAsserted(() -> assertThat(heard).contains(own));

        assertThat(heard).as("another grid of the same village, a grid of the same township").doesNotContain(otherGrid, townshipGrid);
        stream.dispose();
        client.stop().block(Duration.ofSeconds(5));
        List.of(mine, neighbours, township).forEach(this::closeAsFalseAlarm);
    }

    /** Closes the household's alert so the other tests' sweeps of the village do not escalate it. */
    private void closeAsFalseAlarm(Household household) {
        Map alert = alerts(PLATFORM_ADMIN, household).getLast();
        long version = step(PLATFORM_ADMIN, "acknowledgeAlert", alert, version(alert))
                .path("acknowledgeAlert.alert.version").entity(Long.class).get();
        version = as(PLATFORM_ADMIN).document("""
                        mutation($input: ResolveAlertInput!) { resolveAlert(input: $input) { alert { version } } }""")
                .variable("input", Map.of("id", alert.get("id"), "version", version, "outcome", "FALSE_ALARM"))
                .execute().path("resolveAlert.alert.version").entity(Long.class).get();
        step(PLATFORM_ADMIN, "closeAlert", alert, version).path("closeAlert.alert.status").entity(String.class).isEqualTo("CLOSED");
    }

    @Test
    void anElderWithoutAGridStartsAtTheVillageAndIsNoGridWorkersAlert() {
        Household household = household(VILLAGE, Map.of(), PLATFORM_ADMIN);
        Map alert = panic(household);
        assertThat(alert).containsEntry("escalationLevel", "VILLAGE");
        assertThat(alertIds(XU_YANLIANG, household)).isEmpty();
        expectError(step(XU_YANLIANG, "acknowledgeAlert", alert, version(alert)), "NOT_FOUND", "input.id");

        escalate(raisedAt(alert).plusSeconds(61));
        assertThat(alerts(PLATFORM_ADMIN, household).getFirst()).containsEntry("escalationLevel", "TOWNSHIP");
    }

    @Test
    void aGridMustLieInTheEldersVillageOrItsTownship() {
        GraphQlTester.Response elsewhere = as(PLATFORM_ADMIN).document("""
                        mutation($input: RegisterElderInput!) { registerElder(input: $input) { elder { id } } }""")
                .variable("input", Map.of("villageCode", OTHER_VILLAGE, "name", "测试老人" + unique(), "gender", "MALE",
                        "birthDate", "1941-02-03", "livingSituation", "ALONE", "riskLevel", "LOW", "gridId", grid(VILLAGE + "-01")))
                .execute();
        expectError(elsewhere, "BAD_REQUEST", "input.gridId");
        assertThat(errorsOf(elsewhere).getFirst().getMessage()).contains(VILLAGE + "-01").contains(OTHER_VILLAGE);

        Household household = household(OTHER_VILLAGE, Map.of("gridId", grid("330522100-01")), PLATFORM_ADMIN);
        Map elder = elder(household);
        assertThat((Map) elder.get("grid")).as("a township's grid spanning villages").containsEntry("code", "330522100-01");
        elder = updateGrid(elder, "");
        assertThat(elder.get("grid")).isNull();
        elder = updateGrid(elder, grid(OTHER_VILLAGE + "-02"));
        assertThat((Map) elder.get("grid")).containsEntry("code", OTHER_VILLAGE + "-02");
        GraphQlTester.Response wrong = as(PLATFORM_ADMIN).document("""
                        mutation($input: UpdateElderInput!) { updateElder(input: $input) { elder { id } } }""")
                .variable("input", Map.of("id", elder.get("id"), "version", elder.get("version"), "gridId", grid(VILLAGE + "-02")))
                .execute();
        expectError(wrong, "BAD_REQUEST", "input.gridId");

        as(PLATFORM_ADMIN).document("""
                        mutation($input: MoveElderInput!) { moveElder(input: $input) { elder { id } } }""")
                .variable("input", Map.of("elderId", elder.get("id"), "version", elder.get("version"), "villageCode", VILLAGE,
                        "reason", "随女儿迁居")).execute().errors().verify();
        assertThat(elder(household).get("grid")).as("moving house leaves the old village's grid").isNull();
        Household inTownshipGrid = household(OTHER_VILLAGE, Map.of("gridId", grid("330522100-01")), PLATFORM_ADMIN);
        Map other = elder(inTownshipGrid);
        as(PLATFORM_ADMIN).document("""
                        mutation($input: MoveElderInput!) { moveElder(input: $input) { elder { id } } }""")
                .variable("input", Map.of("elderId", other.get("id"), "version", other.get("version"), "villageCode", VILLAGE,
                        "reason", "随女儿迁居")).execute().errors().verify();
        assertThat((Map) elder(inTownshipGrid).get("grid")).as("the township's grid spans both villages").containsEntry("code", "330522100-01");
    }

    @Test
    void theGridsOfAPageOfEldersAreLoadedTogether() {
        String elders = "query($v: String!) { elders(first: 100, filter: {within: $v}) { nodes { id grid { code } } } }";
        household(VILLAGE, Map.of("gridId", grid(VILLAGE + "-01")), PLATFORM_ADMIN);
        as(PLATFORM_ADMIN).document(elders).variable("v", VILLAGE).execute();
        SqlStatements.reset();
        int before = as(PLATFORM_ADMIN).document(elders).variable("v", VILLAGE).execute().path("elders.nodes").entityList(Map.class).get().size();
        long few = SqlStatements.count();
        household(VILLAGE, Map.of("gridId", grid(VILLAGE + "-02")), PLATFORM_ADMIN);
        household(VILLAGE, Map.of("gridId", grid(VILLAGE + "-03")), PLATFORM_ADMIN);
        SqlStatements.reset();
        List<Map> nodes = as(PLATFORM_ADMIN).document(elders).variable("v", VILLAGE).execute().path("elders.nodes").entityList(Map.class).get();
        assertThat(nodes).hasSize(before + 2);
        assertThat(nodes).extracting(n -> n.get("grid") == null ? null : ((Map) n.get("grid")).get("code"))
                .contains(VILLAGE + "-01", VILLAGE + "-02", VILLAGE + "-03");
        assertThat(SqlStatements.count()).as("statements for %d elders and for %d", before, before + 2).isEqualTo(few);
    }

    /** The alerts of 李家巷镇 escalated at least once, as the KPIs count them. */
    private int escalatedInTheTownship() {
        return as(PLATFORM_ADMIN).document("{ alertKpis(within: \"330522100\") { slaByTownship { townshipCode escalated } } }").execute()
                .path("alertKpis.slaByTownship").entityList(Map.class).get().stream()
                .mapToInt(sla -> ((Number) sla.get("escalated")).intValue()).sum();
    }

    private String grid(String code) {
        return as(PLATFORM_ADMIN).document("query($w: String!) { grids(first: 100, filter: {within: $w}) { nodes { id code } } }")
                .variable("w", code.substring(0, code.indexOf('-'))).execute().path("grids.nodes").entityList(Map.class).get().stream()
                .filter(grid -> code.equals(grid.get("code"))).map(grid -> (String) grid.get("id")).findFirst().orElseThrow();
    }

    private Map elder(Household household) {
        return as(PLATFORM_ADMIN).document("query($id: ID!) { node(id: $id) { ... on Elder { id version grid { code } } } }")
                .variable("id", household.elderId()).execute().path("node").entity(Map.class).get();
    }

    private Map updateGrid(Map elder, String gridId) {
        return as(PLATFORM_ADMIN).document("""
                        mutation($input: UpdateElderInput!) { updateElder(input: $input) { elder { id version grid { code } } } }""")
                .variable("input", Map.of("id", elder.get("id"), "version", elder.get("version"), "gridId", gridId))
                .execute().path("updateElder.elder").entity(Map.class).get();
    }

    private Map panic(Household household) {
        publish(household.panic(), event(newEventId(), household.panic(), "PRESSED", Instant.now(), null));
        await().untilAsserted(() -> assertThat(alerts(PLATFORM_ADMIN, household)).isNotEmpty());
        return alerts(PLATFORM_ADMIN, household).getLast();
    }

    private List<Map> alerts(String user, Household household) {
        return as(user).document("""
                        query($e: ID!) { alerts(filter: {elderId: $e, statuses: []}, orderBy: OLDEST, first: 100) {
                          nodes { id status escalationLevel version } } }""")
                .variable("e", household.elderId()).execute().path("alerts.nodes").entityList(Map.class).get();
    }

    private List<Object> alertIds(String user, Household household) {
        return alerts(user, household).stream().map(alert -> alert.get("id")).toList();
    }

    private GraphQlTester.Response step(String user, String mutation, Map alert, long version) {
        return as(user).document(STEP.formatted(mutation)).variable("input", Map.of("id", alert.get("id"), "version", version)).execute();
    }

    private static long version(Map alert) {
        return ((Number) alert.get("version")).longValue();
    }

    private Instant raisedAt(Map alert) {
        return OffsetDateTime.parse(as(PLATFORM_ADMIN).document("query($id: ID!) { node(id: $id) { ... on Alert { raisedAt } } }")
                .variable("id", alert.get("id")).execute().path("node.raisedAt").entity(String.class).get()).toInstant();
    }

    /** Elder care's share of the escalation sweep at a moved instant, in 演示一村 only. */
    private void escalate(Instant at) {
        org.xiangli.security.CurrentCaller.asSystem(() -> escalation.escalate(at, VILLAGE));
    }
}
