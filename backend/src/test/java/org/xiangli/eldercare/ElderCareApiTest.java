package org.xiangli.eldercare;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.security.CurrentCaller;
import org.xiangli.support.ApiTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fixtures of the elder-care tests: a fresh village in 临平区 (linping.operator's scope), elders with kits registered over GraphQL, device events published to the real Mosquitto
 * or posted over HTTP, and a graphql-ws client with a real token.
 */
abstract class ElderCareApiTest extends ApiTest {

    private static Mqtt5BlockingClient publisher;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected RuleEvaluation rules;

    @Autowired
    protected AlertEscalation escalation;

    /** The rules, then elder care's share of the escalation sweep, at an instant of the test's choosing, within a unit. */
    protected void evaluate(Instant now, String within) {
        CurrentCaller.asSystem(() -> {
            rules.evaluate(now, within);
            return escalation.escalate(now, within);
        });
    }

    /**
     * A village of its own for the calling test, in a generated town of 临平区 (inside
     * linping.operator's scope), so figures per village and per township are the test's own.
     */
    protected String freshVillage() {
        int n = unique();
        String town = "330113" + (100 + n / 200 % 100);
        String code = town + (200 + n % 200);
        importUnits(new RegionImport.Unit(town, RegionKind.TOWN, "330113", "测试镇" + town.substring(6), null, null, null, true),
                new RegionImport.Unit(code, RegionKind.ADMINISTRATIVE_VILLAGE, town, "测试村" + code.substring(9), null, 900, 300, true));
        return code;
    }

    /** An elder with a full kit (panic button, motion sensor, door contact), serials DEMO-T<n>-P/M/D. */
    protected Household household(String village) {
        return household(village, Map.of());
    }

    protected Household household(String village, Map<String, Object> extra) {
        return household(village, extra, LINPING_OPERATOR);
    }

    /** An elder with a full kit, registered by the given user. */
    protected Household household(String village, Map<String, Object> extra, String user) {
        int n = unique();
        Map<String, Object> input = new java.util.HashMap<>(Map.of(
                "villageCode", village, "name", "测试老人" + n, "gender", "FEMALE", "birthDate", "1940-03-0" + (1 + n % 9),
                "idNumber", "33011319400301" + "%04d".formatted(n % 10000), "phone", "1380000" + "%04d".formatted(n % 10000),
                "address", "临平区崇贤街道测试路" + n + "号", "livingSituation", "ALONE", "riskLevel", "HIGH",
                "callTree", List.of(Map.of("relation", "FAMILY", "name", "家属" + n, "phone", "13800009999"),
                        Map.of("relation", "GRID_WORKER", "name", "网格员" + n, "phone", "13800009998"))));
        input.put("healthNotes", "高血压");
        input.putAll(extra);
        String elderId = as(user).document("""
                        mutation($input: RegisterElderInput!) { registerElder(input: $input) { elder { id } } }""")
                .variable("input", input).execute().path("registerElder.elder.id").entity(String.class).get();
        String prefix = "DEMO-T" + n + "-" + UUID.randomUUID().toString().substring(0, 6);
        Household household = new Household(elderId, village, prefix + "-P", prefix + "-M", prefix + "-D");
        device(user, household, household.panic(), "PANIC_BUTTON");
        device(user, household, household.motion(), "MOTION_SENSOR");
        device(user, household, household.door(), "DOOR_CONTACT");
        return household;
    }

    /** Registers one more device in the household's kit. */
    void device(String user, Household household, String serial, String type) {
        as(user).document("""
                        mutation($input: RegisterDeviceInput!) { registerDevice(input: $input) { device { serial } } }""")
                .variable("input", Map.of("elderId", household.elderId(), "serial", serial, "type", type))
                .execute().path("registerDevice.device.serial").entity(String.class).isEqualTo(serial);
    }

    record Household(String elderId, String village, String panic, String motion, String door) {
    }

    static String event(String eventId, String serial, String type, Instant time, Integer battery) {
        return "{\"eventId\":\"%s\",\"serial\":\"%s\",\"type\":\"%s\",\"time\":\"%s\"%s}".formatted(eventId, serial, type, time,
                battery == null ? "" : ",\"battery\":" + battery);
    }

    static String newEventId() {
        return "EV-" + UUID.randomUUID();
    }

    /** Publishes a payload to the device's topic on the real broker, QoS 1. */
    static void publish(String serial, String payload) {
        synchronized (ElderCareApiTest.class) {
            if (publisher == null) {
                publisher = MqttClient.builder().useMqttVersion5().identifier("xiangli-test-" + UUID.randomUUID())
                        .serverHost("127.0.0.1").serverPort(1883).buildBlocking();
                publisher.connect();
            }
        }
        publisher.publishWith().topic("xiangli/devices/" + serial + "/events").qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(StandardCharsets.UTF_8)).send();
    }

    @AfterAll
    static void disconnect() {
        synchronized (ElderCareApiTest.class) {
            if (publisher != null) {
                publisher.disconnect();
                publisher = null;
            }
        }
    }

    /**
     * Waits until the event is stored and the status of its device and elder reflects it (the
     * pipeline writes status once per status interval), at most 10 s.
     */
    void awaitStored(String eventId) {
        await().untilAsserted(() -> assertThat(count("""
                SELECT COUNT(*) FROM device_event e JOIN device_status s ON s.device_id = e.device_id
                 WHERE e.event_id = ? AND s.last_seen_at >= e.received_at""", eventId)).isEqualTo(1));
    }

    long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).optional().orElse(0L);
    }

    /** The alerts of an elder, as the operator's console shows them (every status). */
    List<Map> alertsOf(Household household) {
        return as(LINPING_OPERATOR).document("""
                        query($e: ID!) { alerts(filter: {elderId: $e, statuses: []}, orderBy: OLDEST, first: 100) {
                          nodes { id kind status severity triggerCount escalationLevel version } } }""")
                .variable("e", household.elderId()).execute().path("alerts.nodes").entityList(Map.class).get();
    }

    /** The errors of a response (none for a success), marked as checked so the response's data can still be read. */
    static List<ResponseError> errorsOf(GraphQlTester.Response response) {
        List<ResponseError> seen = new java.util.ArrayList<>();
        response.errors().satisfy(seen::addAll);
        return seen;
    }

    /** The response failed with one error of this classification, naming this field (when not null), without internals. */
    static void expectError(GraphQlTester.Response response, String classification, String field) {
        assertThat(errorsOf(response)).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("classification", classification);
            if (field != null) {
                assertThat(error.getExtensions()).containsEntry("field", field);
            }
            assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("org.").doesNotContainIgnoringCase("select ");
        });
    }

    static void assertOneKind(List<Map> alerts, String kind) {
        assertThat(alerts).extracting(a -> a.get("kind")).containsOnlyOnce(kind);
    }
}
