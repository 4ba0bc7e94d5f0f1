package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every version-guarded mutation of elder care moves the version it was sent: the same version
 * sent twice is a CONFLICT naming {@code input.version} the second time (the other modules:
 * {@code project.StaleVersionTest}). And one visit mode at a time per elder.
 */
class StaleVersionTest extends ElderCareApiTest {

    /** A mutation with its input except the version, and the version to send; all as linping.operator. */
    record Call(String mutation, Map<String, Object> input, long version) {
    }

    static Stream<Arguments> mutations() {
        return Stream.<Map.Entry<String, Function<StaleVersionTest, Call>>>of(
                Map.entry("updateElder", StaleVersionTest::updateElder),
                Map.entry("replaceCallTree", StaleVersionTest::replaceCallTree),
                Map.entry("decommissionDevice", StaleVersionTest::decommissionDevice),
                Map.entry("endVisitMode", StaleVersionTest::endVisitMode),
                Map.entry("acknowledgeAlert", t -> t.alertStep("acknowledgeAlert", 0, Map.of())),
                Map.entry("logAlertCall", t -> t.alertStep("logAlertCall", 1,
                        Map.of("contactPosition", 1, "result", "NO_ANSWER"))),
                Map.entry("arriveOnSite", t -> t.alertStep("arriveOnSite", 1, Map.of())),
                Map.entry("resolveAlert", t -> t.alertStep("resolveAlert", 2, Map.of("outcome", "SAFE"))),
                Map.entry("followUpAlert", t -> t.alertStep("followUpAlert", 3, Map.of())),
                Map.entry("closeAlert", t -> t.alertStep("closeAlert", 4, Map.of())))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void theSameVersionWorksOnce(String name, Function<StaleVersionTest, Call> setUp) {
        Call call = setUp.apply(this);
        send(call).errors().verify();
        GraphQlTester.Response again = send(call);
        again.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("classification", "CONFLICT").containsEntry("field", "input.version");
            assertThat(error.getMessage()).contains("changed by someone else");
        }));
    }

    @Test
    void oneVisitModeAtATime() {
        Household household = household(freshVillage());
        Map visit = startVisitMode(household).path("startVisitMode.visitMode").entity(Map.class).get();
        GraphQlTester.Response second = startVisitMode(household);
        expectError(second, "CONFLICT", "input.elderId");
        second.errors().satisfy(errors -> assertThat(errors.getFirst().getMessage())
                .contains("already in effect").contains("+08:00").contains("endVisitMode"));
        // once it ended, a new one may start
        send(new Call("endVisitMode", Map.of("id", visit.get("id")), ((Number) visit.get("version")).longValue())).errors().verify();
        startVisitMode(household).path("startVisitMode.visitMode.id").hasValue();
    }

    private GraphQlTester.Response startVisitMode(Household household) {
        return as(LINPING_OPERATOR).document("""
                        mutation($input: StartVisitModeInput!) { startVisitMode(input: $input) { visitMode { id version } } }""")
                .variable("input", Map.of("elderId", household.elderId(), "reason", "去女儿家住两天",
                        "expiresAt", Instant.now().plus(Duration.ofDays(2)).toString()))
                .execute();
    }

    private GraphQlTester.Response send(Call call) {
        Map<String, Object> input = new HashMap<>(call.input());
        input.put("version", call.version());
        String type = switch (call.mutation()) {
            case "acknowledgeAlert", "arriveOnSite", "followUpAlert", "closeAlert" -> "AlertStepInput";
            default -> Character.toUpperCase(call.mutation().charAt(0)) + call.mutation().substring(1) + "Input";
        };
        String payload = switch (call.mutation()) {
            case "decommissionDevice" -> "device { version }";
            case "endVisitMode" -> "visitMode { version }";
            case "updateElder", "replaceCallTree" -> "elder { version }";
            default -> "alert { version }";
        };
        return as(LINPING_OPERATOR).document("mutation($input: %s!) { %s(input: $input) { %s } }".formatted(type, call.mutation(), payload))
                .variable("input", input).execute();
    }

    private Map elder(Household household) {
        return as(LINPING_OPERATOR).document("query($id: ID!) { node(id: $id) { ... on Elder { version devices { id version } } } }")
                .variable("id", household.elderId()).execute().path("node").entity(Map.class).get();
    }

    private Call updateElder() {
        Household household = household(freshVillage());
        return new Call("updateElder", Map.of("id", household.elderId(), "address", "临平区新地址1号"),
                ((Number) elder(household).get("version")).longValue());
    }

    private Call replaceCallTree() {
        Household household = household(freshVillage());
        return new Call("replaceCallTree", Map.of("elderId", household.elderId(),
                "contacts", List.of(Map.of("relation", "FAMILY", "name", "女儿", "phone", "13800001111"))),
                ((Number) elder(household).get("version")).longValue());
    }

    private Call decommissionDevice() {
        Household household = household(freshVillage());
        Map device = (Map) ((List<?>) elder(household).get("devices")).getFirst();
        return new Call("decommissionDevice", Map.of("id", device.get("id"), "reason", "坏了"), ((Number) device.get("version")).longValue());
    }

    private Call endVisitMode() {
        Household household = household(freshVillage());
        Map visit = startVisitMode(household).path("startVisitMode.visitMode").entity(Map.class).get();
        return new Call("endVisitMode", Map.of("id", visit.get("id")), ((Number) visit.get("version")).longValue());
    }

    /** A panic alert taken through the first {@code stepsBefore} steps of the loop, then the step to test. */
    private Call alertStep(String mutation, int stepsBefore, Map<String, Object> extra) {
        Household household = household(freshVillage());
        publish(household.panic(), event(newEventId(), household.panic(), "PRESSED", Instant.now(), null));
        await().untilAsserted(() -> assertThat(alertsOf(household)).isNotEmpty());
        Map alert = alertsOf(household).getLast();
        long version = ((Number) alert.get("version")).longValue();
        List<Call> loop = List.of(
                new Call("acknowledgeAlert", Map.of("id", alert.get("id")), 0),
                new Call("logAlertCall", Map.of("id", alert.get("id"), "contactPosition", 1, "result", "NO_ANSWER"), 0),
                new Call("resolveAlert", Map.of("id", alert.get("id"), "outcome", "SAFE"), 0),
                new Call("followUpAlert", Map.of("id", alert.get("id")), 0));
        for (Call earlier : loop.subList(0, Math.min(stepsBefore, loop.size()))) {
            version = send(new Call(earlier.mutation(), earlier.input(), version))
                    .path(earlier.mutation() + ".alert.version").entity(Long.class).get();
        }
        Map<String, Object> input = new HashMap<>(extra);
        input.put("id", alert.get("id"));
        return new Call(mutation, input, version);
    }
}
