package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.xiangli.support.SqlStatements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console and the KPIs: batched nested fields, and figures computed in SQL within the scope,
 * kept per scope and question ({@code Figures}) until the freshness runs out or an alert is raised
 * or worked; the totals of the console and the elder list likewise.
 */
class AlertViewsTest extends ElderCareApiTest {

    private static final String CONSOLE = """
            query($v: String!) { alerts(filter: {within: $v}, first: 50) { totalCount nodes {
              kind severity status elder { name livingSituation rules { inactivityMinutes } callTree { name } devices { serial battery }
                                           openAlerts { kind } visitMode { reason } }
              device { serial } steps { action at } } } }""";

    private static final String KPIS = """
            query($v: String!) { alertKpis(within: $v) { total acknowledgeSeconds { count } deviceHealth { total } asOf } }""";
    private static final String OPEN_ALERTS = "query($v: String!) { alerts(first: 0, filter: {within: $v}) { totalCount } }";
    private static final String ELDERS = "query($v: String!) { elders(first: 0, filter: {within: $v}) { totalCount } }";

    record Kpis(int total, int acknowledged, int devices, Instant asOf, long statements) {
    }

    record Total(long count, long statements) {
    }

    @Test
    void kpisAreOneStatementForTheAlertsAndOneForTheKitsThenNoneUntilAnAlertIsWorkedOrRaised() {
        String village = villageWithPanics(2);
        Instant asked = Instant.now();
        Kpis first = kpis(PLATFORM_ADMIN, village);
        Kpis again = kpis(PLATFORM_ADMIN, village);

        assertThat(first).isEqualTo(new Kpis(2, 0, 6, first.asOf(), 2));
        assertThat(first.asOf()).isAfterOrEqualTo(asked.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(again).as("the same question again").isEqualTo(new Kpis(2, 0, 6, first.asOf(), 0));

        Map alert = as(LINPING_OPERATOR).document("query($v: String!) { alerts(filter: {within: $v}) { nodes { id version } } }")
                .variable("v", village).execute().path("alerts.nodes").entityList(Map.class).get().getFirst();
        as(LINPING_OPERATOR).document("mutation($i: AlertStepInput!) { acknowledgeAlert(input: $i) { alert { status } } }")
                .variable("i", Map.of("id", alert.get("id"), "version", alert.get("version"))).execute()
                .path("acknowledgeAlert.alert.status").entity(String.class).isEqualTo("ACKNOWLEDGED");
        Kpis acknowledged = kpis(PLATFORM_ADMIN, village);
        assertThat(acknowledged).as("after a step").isEqualTo(new Kpis(2, 1, 6, acknowledged.asOf(), 2));

        Household another = household(village);
        publish(another.panic(), event(newEventId(), another.panic(), "PRESSED", Instant.now(), 90));
        await().untilAsserted(() -> assertThat(kpis(PLATFORM_ADMIN, village)).as("after a new alert")
                .extracting(Kpis::total, Kpis::devices).containsExactly(3, 9));
    }

    @Test
    void callersOfOtherScopesNeverGetTheKeptKpisOrTotals() {
        String village = villageWithPanics(2);
        assertThat(kpis(PLATFORM_ADMIN, village).total()).isEqualTo(2);
        assertThat(openAlerts(PLATFORM_ADMIN, village).count()).isEqualTo(2);

        Kpis operator = kpis(LINPING_OPERATOR, village);
        assertThat(operator.total()).isEqualTo(2);
        assertThat(operator.statements()).as("the operator's scope computes its own").isPositive();
        assertThat(openAlerts(LINPING_OPERATOR, village).statements()).isPositive();
        assertThat(kpis(DEQING_ADMIN, village)).extracting(Kpis::total, Kpis::devices).containsExactly(0, 0);
        assertThat(openAlerts(DEQING_ADMIN, village).count()).isZero();
        assertThat(elders(DEQING_ADMIN, village).count()).isZero();
    }

    @Test
    void theConsoleAndElderTotalsAreCountedOnceThenAgainAfterANewAlertOrElder() {
        String village = villageWithPanics(2);
        assertThat(openAlerts(PLATFORM_ADMIN, village)).isEqualTo(new Total(2, 1));
        assertThat(openAlerts(PLATFORM_ADMIN, village)).as("the same total again").isEqualTo(new Total(2, 0));
        assertThat(elders(PLATFORM_ADMIN, village)).isEqualTo(new Total(2, 1));
        assertThat(elders(PLATFORM_ADMIN, village)).as("the same total again").isEqualTo(new Total(2, 0));

        Household another = household(village);
        assertThat(elders(PLATFORM_ADMIN, village)).as("after a new elder").isEqualTo(new Total(3, 1));
        publish(another.panic(), event(newEventId(), another.panic(), "PRESSED", Instant.now(), 90));
        await().untilAsserted(() -> assertThat(openAlerts(PLATFORM_ADMIN, village).count()).as("after a new alert").isEqualTo(3));
    }

    private Kpis kpis(String user, String village) {
        SqlStatements.reset();
        Map kpis = as(user).document(KPIS).variable("v", village).execute().path("alertKpis").entity(Map.class).get();
        long statements = SqlStatements.count();
        return new Kpis((Integer) kpis.get("total"), (Integer) ((Map) kpis.get("acknowledgeSeconds")).get("count"),
                (Integer) ((Map) kpis.get("deviceHealth")).get("total"), Instant.parse((String) kpis.get("asOf")), statements);
    }

    private Total openAlerts(String user, String village) {
        return total(user, OPEN_ALERTS, "alerts.totalCount", village);
    }

    private Total elders(String user, String village) {
        return total(user, ELDERS, "elders.totalCount", village);
    }

    private Total total(String user, String document, String path, String village) {
        SqlStatements.reset();
        long count = as(user).document(document).variable("v", village).execute().path(path).entity(Long.class).get();
        return new Total(count, SqlStatements.count());
    }

    @Test
    void theConsoleCostsTheSameStatementsForTwoAlertsAsForSix() {
        String small = villageWithPanics(2);
        String large = villageWithPanics(6);
        long forSmall = statements(small, 2);
        long forLarge = statements(large, 6);
        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forSmall).isLessThanOrEqualTo(12);
    }

    @Test
    void kpisCountKindsOutcomesAndTimesWithinTheScope() {
        String village = villageWithPanics(3);
        List<Map> alerts = as(LINPING_OPERATOR).document("query($v: String!) { alerts(filter: {within: $v}) { nodes { id version } } }")
                .variable("v", village).execute().path("alerts.nodes").entityList(Map.class).get();
        Map first = alerts.getFirst();
        long version = as(LINPING_OPERATOR).document("mutation($i: AlertStepInput!) { acknowledgeAlert(input: $i) { alert { version } } }")
                .variable("i", Map.of("id", first.get("id"), "version", first.get("version"))).execute()
                .path("acknowledgeAlert.alert.version").entity(Long.class).get();
        as(LINPING_OPERATOR).document("mutation($i: ResolveAlertInput!) { resolveAlert(input: $i) { alert { status } } }")
                .variable("i", Map.of("id", first.get("id"), "version", version, "outcome", "FALSE_ALARM")).execute()
                .path("resolveAlert.alert.status").entity(String.class).isEqualTo("RESOLVED");

        Map kpis = as(LINPING_OPERATOR).document("""
                        query($v: String!) { alertKpis(within: $v) { total byKind { kind count } byOutcome { outcome count }
                          acknowledgeSeconds { count p50 p99 } onSiteSeconds { count p50 } falseAlarmRate
                          slaByTownship { townshipCode alerts acknowledgedInTime onSiteInTime escalated }
                          deviceHealth { total online offline lowBattery } } }""")
                .variable("v", village).execute().path("alertKpis").entity(Map.class).get();
        assertThat(kpis).containsEntry("total", 3).containsEntry("falseAlarmRate", 1.0);
        assertThat((List<Map>) kpis.get("byKind")).containsExactly(Map.of("kind", "PANIC", "count", 3));
        assertThat((List<Map>) kpis.get("byOutcome")).containsExactly(Map.of("outcome", "FALSE_ALARM", "count", 1));
        assertThat((Map) kpis.get("acknowledgeSeconds")).containsEntry("count", 1);
        assertThat(((Number) ((Map) kpis.get("acknowledgeSeconds")).get("p99")).doubleValue()).isBetween(0.0, 60.0);
        assertThat((Map) kpis.get("onSiteSeconds")).containsEntry("count", 0).containsEntry("p50", null);
        assertThat((List<Map>) kpis.get("slaByTownship")).singleElement().satisfies(sla -> assertThat(sla)
                .containsEntry("townshipCode", village.substring(0, 9)).containsEntry("alerts", 3)
                // the two alerts raised a moment ago are not late yet: only the acknowledged one counts, and no on-site target has passed
                .containsEntry("acknowledgedInTime", 1.0).containsEntry("onSiteInTime", null));
        assertThat((Map) kpis.get("deviceHealth")).containsEntry("total", 9).containsEntry("online", 3).containsEntry("offline", 6);

        as(DEQING_ADMIN).document("query($v: String!) { alertKpis(within: $v) { total deviceHealth { total } } }")
                .variable("v", village).execute()
                .path("alertKpis.total").entity(Integer.class).isEqualTo(0)
                .path("alertKpis.deviceHealth.total").entity(Integer.class).isEqualTo(0);
    }

    private String villageWithPanics(int households) {
        String village = freshVillage();
        List<String> presses = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            Household household = household(village);
            String eventId = newEventId();
            presses.add(eventId);
            publish(household.panic(), event(eventId, household.panic(), "PRESSED", Instant.now(), 90));
        }
        await().untilAsserted(() -> assertThat(count("SELECT COUNT(*) FROM alert WHERE region_code = ? AND kind = 'PANIC'", village))
                .isEqualTo(households));
        presses.forEach(this::awaitStored);
        return village;
    }

    private long statements(String village, int alerts) {
        // warm: the operator's assignments are cached for a few seconds, loaded by whichever request comes first
        as(LINPING_OPERATOR).document(CONSOLE).variable("v", village).execute();
        SqlStatements.reset();
        as(LINPING_OPERATOR).document(CONSOLE).variable("v", village).execute()
                .path("alerts.nodes").entityList(Object.class).hasSize(alerts);
        return SqlStatements.count();
    }
}
