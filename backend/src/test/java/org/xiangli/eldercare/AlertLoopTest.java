package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The closed loop over GraphQL with real tokens: every step stamped with its actor, calls logged,
 * illegal and stale steps refused, service timers escalating up the tree, and just-in-time
 * unmasking of the elder's contacts for the operator working the alert.
 */
class AlertLoopTest extends ElderCareApiTest {

    private static final String STEP = """
            mutation($input: AlertStepInput!) { %s(input: $input) { alert { status version assignee escalationLevel } } }""";

    @Test
    void theWholeLoopRecordsEveryStepWithItsActor() {
        Household household = household(freshVillage());
        Map alert = panic(household);
        long version = step("acknowledgeAlert", alert, ((Number) alert.get("version")).longValue(), "接警，电话联系老人")
                .path("acknowledgeAlert.alert.assignee").entity(String.class).isEqualTo(LINPING_OPERATOR)
                .path("acknowledgeAlert.alert.status").entity(String.class).isEqualTo("ACKNOWLEDGED")
                .path("acknowledgeAlert.alert.version").entity(Long.class).get();
        version = as(LINPING_OPERATOR).document("""
                        mutation($input: LogAlertCallInput!) { logAlertCall(input: $input) { alert { version } } }""")
                .variable("input", Map.of("id", alert.get("id"), "version", version, "contactPosition", 1, "result", "NO_ANSWER"))
                .execute().path("logAlertCall.alert.version").entity(Long.class).get();
        version = step("arriveOnSite", alert, version, "网格员到场").path("arriveOnSite.alert.version").entity(Long.class).get();
        version = as(LINPING_OPERATOR).document("""
                        mutation($input: ResolveAlertInput!) { resolveAlert(input: $input) { alert { status outcome version } } }""")
                .variable("input", Map.of("id", alert.get("id"), "version", version, "outcome", "SAFE", "note", "老人摔倒，无大碍"))
                .execute().path("resolveAlert.alert.outcome").entity(String.class).isEqualTo("SAFE")
                .path("resolveAlert.alert.version").entity(Long.class).get();
        version = step("followUpAlert", alert, version, "次日回访").path("followUpAlert.alert.version").entity(Long.class).get();
        step("closeAlert", alert, version, null).path("closeAlert.alert.status").entity(String.class).isEqualTo("CLOSED");

        List<Map> steps = as(LINPING_OPERATOR).document("""
                        query($id: ID!) { node(id: $id) { ... on Alert { steps { action at actor note contactPosition callResult } } } }""")
                .variable("id", alert.get("id")).execute().path("node.steps").entityList(Map.class).get();
        assertThat(steps).extracting(s -> s.get("action"))
                .containsExactly("RAISED", "ACKNOWLEDGED", "CALL", "ON_SITE", "RESOLVED", "FOLLOWED_UP", "CLOSED");
        assertThat(steps.subList(1, steps.size())).allSatisfy(s -> assertThat(s).containsEntry("actor", LINPING_OPERATOR));
        assertThat(steps).allSatisfy(s -> assertThat(OffsetDateTime.parse((String) s.get("at")).getNano()).isZero());
        assertThat(steps.get(2)).containsEntry("contactPosition", 1).containsEntry("callResult", "NO_ANSWER");
        assertThat(steps.get(0)).containsEntry("actor", "system");
    }

    @Test
    void illegalAndStaleStepsAreRefusedWithWhatIsAllowed() {
        Household household = household(freshVillage());
        Map alert = panic(household);
        long version = ((Number) alert.get("version")).longValue();
        step("closeAlert", alert, version, null).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("classification", "CONFLICT").containsEntry("field", "input.id");
            assertThat(error.getMessage()).contains("RAISED").contains("ACKNOWLEDGED");
        }));
        step("acknowledgeAlert", alert, version, null).path("acknowledgeAlert.alert.status").entity(String.class).isEqualTo("ACKNOWLEDGED");
        step("arriveOnSite", alert, version, null).errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "CONFLICT")
                        .containsEntry("field", "input.version")));
    }

    @Test
    void aFalseAlarmClosesWithoutAFollowUpButASafeOutcomeNeedsOne() {
        Household household = household(freshVillage());
        Map alert = panic(household);
        long version = step("acknowledgeAlert", alert, ((Number) alert.get("version")).longValue(), null)
                .path("acknowledgeAlert.alert.version").entity(Long.class).get();
        version = resolve(alert, version, "FALSE_ALARM");
        step("closeAlert", alert, version, "误按").path("closeAlert.alert.status").entity(String.class).isEqualTo("CLOSED");

        publish(household.panic(), event(newEventId(), household.panic(), "PRESSED", Instant.now(), null));
        await().untilAsserted(() -> assertThat(alertsOf(household)).hasSize(2));
        Map second = alertsOf(household).get(1);
        version = step("acknowledgeAlert", second, ((Number) second.get("version")).longValue(), null)
                .path("acknowledgeAlert.alert.version").entity(Long.class).get();
        version = resolve(second, version, "SAFE");
        step("closeAlert", second, version, null).errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("RESOLVED").contains("FOLLOWED_UP")));
    }

    @Test
    void breachedTimersEscalateOneLevelEachVisibly() {
        String village = freshVillage();
        Household household = household(village);
        Map alert = panic(household);
        Instant raised = raisedAt(alert);
        evaluate(raised.plusSeconds(59), village);
        assertThat(escalation(alert)).isEqualTo("VILLAGE");
        evaluate(raised.plusSeconds(61), village);
        assertThat(escalation(alert)).isEqualTo("TOWNSHIP");
        evaluate(raised.plusSeconds(120), village);
        assertThat(escalation(alert)).as("one escalation per timer").isEqualTo("TOWNSHIP");
        evaluate(raised.plus(Duration.ofMinutes(46)), village);
        assertThat(escalation(alert)).isEqualTo("COUNTY");
        List<Map> steps = as(LINPING_OPERATOR).document("""
                        query($id: ID!) { node(id: $id) { ... on Alert { steps { action actor note } } } }""")
                .variable("id", alert.get("id")).execute().path("node.steps").entityList(Map.class).get();
        assertThat(steps).filteredOn(s -> "ESCALATED".equals(s.get("action"))).hasSize(2)
                .allSatisfy(s -> assertThat(s).containsEntry("actor", "system"))
                .extracting(s -> (String) s.get("note"))
                .containsExactly("not acknowledged within 60 s: escalated to TOWNSHIP", "no responder on site within 45 min: escalated to COUNTY");
        as(LINPING_OPERATOR).document("query($v: String!) { alerts(filter: {within: $v, escalatedTo: COUNTY}) { nodes { id } } }")
                .variable("v", village).execute().path("alerts.nodes[*].id").entityList(String.class).contains((String) alert.get("id"));
    }

    @Test
    void anAcknowledgedAlertInTimeIsNotEscalatedButAMissedFollowUpIs() {
        String village = freshVillage();
        Household household = household(village);
        Map alert = panic(household);
        long version = step("acknowledgeAlert", alert, ((Number) alert.get("version")).longValue(), null)
                .path("acknowledgeAlert.alert.version").entity(Long.class).get();
        version = step("arriveOnSite", alert, version, null).path("arriveOnSite.alert.version").entity(Long.class).get();
        resolve(alert, version, "SAFE");
        evaluate(Instant.now().plus(Duration.ofHours(71)), village);
        assertThat(escalation(alert)).isEqualTo("VILLAGE");
        evaluate(Instant.now().plus(Duration.ofHours(73)), village);
        assertThat(escalation(alert)).isEqualTo("TOWNSHIP");
    }

    @Test
    void theOperatorSeesTheContactsOnlyWhileWorkingTheAlertAndEachReadIsAudited() {
        Household household = household(freshVillage());
        String contacts = """
                query($id: ID!) { node(id: $id) { ... on Elder { name phone address healthNotes callTree { name phone } } } }""";
        GraphQlTester.Response before = as(LINPING_OPERATOR).document(contacts).variable("id", household.elderId()).execute();
        before.path("node.phone").entity(String.class).satisfies(phone -> assertThat(phone).contains("****"));
        before.path("node.callTree[0].phone").entity(String.class).isEqualTo("138****9999");
        before.path("node.healthNotes").entity(String.class).isEqualTo("高血压");

        Map alert = panic(household);
        long version = step("acknowledgeAlert", alert, ((Number) alert.get("version")).longValue(), null)
                .path("acknowledgeAlert.alert.version").entity(Long.class).get();
        GraphQlTester.Response during = as(LINPING_OPERATOR).document(contacts).variable("id", household.elderId()).execute();
        during.path("node.phone").entity(String.class).satisfies(phone -> assertThat(phone).doesNotContain("*").startsWith("1380000"));
        during.path("node.name").entity(String.class).satisfies(name -> assertThat(name).startsWith("测试老人"));
        during.path("node.callTree[0].phone").entity(String.class).isEqualTo("13800009999");
        long elderId = org.xiangli.graphql.GlobalId.decode(household.elderId(), "id").id();
        await().untilAsserted(() -> assertThat(count("""
                SELECT COUNT(*) FROM audit_log WHERE action = 'READ_PERSONAL' AND entity_type = 'Elder' AND entity_id = ? AND actor = ?""",
                elderId, LINPING_OPERATOR)).isGreaterThanOrEqualTo(1));

        version = resolve(alert, version, "FALSE_ALARM");
        step("closeAlert", alert, version, null).path("closeAlert.alert.status").entity(String.class).isEqualTo("CLOSED");
        as(LINPING_OPERATOR).document(contacts).variable("id", household.elderId()).execute()
                .path("node.phone").entity(String.class).satisfies(phone -> assertThat(phone).contains("****"))
                .path("node.callTree[0].phone").entity(String.class).isEqualTo("138****9999");
    }

    @Test
    void elderCareIsClosedToSupervisorsIntegratorsAndOtherCounties() {
        Household household = household(freshVillage());
        panic(household);
        as(ANJI_SUPERVISOR).document("{ alerts { totalCount } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "FORBIDDEN")));
        as(INTEGRATOR).document("{ elders { totalCount } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "FORBIDDEN")));
        as(ANJI_SUPERVISOR).document("query($id: ID!) { node(id: $id) { id } }").variable("id", household.elderId()).execute()
                .path("node").valueIsNull();
        as(DEQING_ADMIN).document("query($id: ID!) { node(id: $id) { id } }").variable("id", household.elderId()).execute()
                .path("node").valueIsNull();
        as(DEQING_ADMIN).document("query($v: String!) { alerts(filter: {within: $v}) { totalCount } }").variable("v", household.village())
                .execute().path("alerts.totalCount").entity(Integer.class).isEqualTo(0);
        as(PLATFORM_ADMIN).document("query($v: String!) { alerts(filter: {within: $v}) { totalCount } }").variable("v", household.village())
                .execute().path("alerts.totalCount").entity(Integer.class).isEqualTo(1);
    }

    private Map panic(Household household) {
        publish(household.panic(), event(newEventId(), household.panic(), "PRESSED", Instant.now(), null));
        await().untilAsserted(() -> assertThat(alertsOf(household)).isNotEmpty());
        return alertsOf(household).getLast();
    }

    private GraphQlTester.Response step(String mutation, Map alert, long version, String note) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("id", alert.get("id"), "version", version));
        if (note != null) {
            input.put("note", note);
        }
        return as(LINPING_OPERATOR).document(STEP.formatted(mutation)).variable("input", input).execute();
    }

    private long resolve(Map alert, long version, String outcome) {
        return as(LINPING_OPERATOR).document("""
                        mutation($input: ResolveAlertInput!) { resolveAlert(input: $input) { alert { version } } }""")
                .variable("input", Map.of("id", alert.get("id"), "version", version, "outcome", outcome))
                .execute().path("resolveAlert.alert.version").entity(Long.class).get();
    }

    private Instant raisedAt(Map alert) {
        return OffsetDateTime.parse(as(LINPING_OPERATOR).document("query($id: ID!) { node(id: $id) { ... on Alert { raisedAt } } }")
                .variable("id", alert.get("id")).execute().path("node.raisedAt").entity(String.class).get()).toInstant();
    }

    private String escalation(Map alert) {
        return as(LINPING_OPERATOR).document("query($id: ID!) { node(id: $id) { ... on Alert { escalationLevel } } }")
                .variable("id", alert.get("id")).execute().path("node.escalationLevel").entity(String.class).get();
    }

}
