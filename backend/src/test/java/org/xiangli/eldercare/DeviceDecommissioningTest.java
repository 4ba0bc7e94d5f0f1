package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.xiangli.graphql.GlobalId;
import org.xiangli.security.CurrentCaller;
import org.xiangli.support.SqlStatements;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * decommissionDevice over GraphQL with real tokens: the device leaves the kit but keeps its history,
 * its open device-health alerts are settled, the rules and KPIs skip it, its serial's later events
 * are an unknown device's, and the serial may join another kit (but never two at once).
 */
class DeviceDecommissioningTest extends ElderCareApiTest {

    private static final String DECOMMISSION = """
            mutation($input: DecommissionDeviceInput!) { decommissionDevice(input: $input) {
              device { id serial decommissionedAt decommissionReason decommissionedBy version }
              closedAlerts { kind status outcome steps { action actor note } } } }""";

    /** 上墅村, 安吉县: a demo village outside linping.operator's scope. */
    private static final String SHANGSHU_VILLAGE = "330523200200";

    @Test
    void theDeviceLeavesTheKitAndItsOpenHealthAlertsAreSettled() {
        String village = freshVillage();
        Household household = household(village);
        send(household.panic(), "BATTERY", 12);
        send(household.panic(), "PRESSED", null);
        evaluate(Instant.now().plus(Duration.ofHours(3)), village);
        Map lowBattery = alert(household, "LOW_BATTERY");
        long version = step("acknowledgeAlert", lowBattery, ((Number) lowBattery.get("version")).longValue());
        as(LINPING_OPERATOR).document("mutation($i: ResolveAlertInput!) { resolveAlert(input: $i) { alert { status } } }")
                .variable("i", Map.of("id", lowBattery.get("id"), "version", version, "outcome", "SAFE")).execute()
                .path("resolveAlert.alert.status").entity(String.class).isEqualTo("RESOLVED");

        Map device = device(household, household.panic());
        Map payload = decommission(LINPING_OPERATOR, device, "电池仓损坏，已更换新按钮").path("decommissionDevice").entity(Map.class).get();
        Map decommissioned = (Map) payload.get("device");
        assertThat(decommissioned).containsEntry("serial", household.panic()).containsEntry("decommissionReason", "电池仓损坏，已更换新按钮")
                .containsEntry("decommissionedBy", LINPING_OPERATOR).containsEntry("version", 1);
        assertThat((String) decommissioned.get("decommissionedAt")).isNotNull();
        List<Map> closed = (List<Map>) payload.get("closedAlerts");
        assertThat(closed).extracting(a -> a.get("kind")).containsExactlyInAnyOrder("LOW_BATTERY", "DEVICE_OFFLINE");
        assertThat(closed).allSatisfy(a -> assertThat(a).containsEntry("status", "CLOSED"));
        assertThat(closed).filteredOn(a -> "DEVICE_OFFLINE".equals(a.get("kind"))).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("outcome", "OTHER");
            // raised by a rule evaluated three hours ahead, so its RAISED step sorts last
            List<Map> steps = (List<Map>) a.get("steps");
            assertThat(steps).extracting(s -> s.get("action")).containsExactlyInAnyOrder("RAISED", "RESOLVED", "CLOSED");
            assertThat(steps).filteredOn(s -> !"RAISED".equals(s.get("action")))
                    .allSatisfy(s -> assertThat(s).containsEntry("actor", LINPING_OPERATOR));
            assertThat(steps).filteredOn(s -> "RESOLVED".equals(s.get("action"))).singleElement()
                    .satisfies(s -> assertThat((String) s.get("note")).contains("电池仓损坏"));
        });
        assertThat(closed).filteredOn(a -> "LOW_BATTERY".equals(a.get("kind"))).singleElement()
                .satisfies(a -> assertThat(a).as("a resolved alert keeps its outcome").containsEntry("outcome", "SAFE"));

        List<Map> alerts = alertsOf(household);
        assertThat(alerts).filteredOn(a -> "PANIC".equals(a.get("kind"))).singleElement()
                .satisfies(a -> assertThat(a).as("alerts about the elder stay with the loop").containsEntry("status", "RAISED"));
        assertThat(alerts).filteredOn(a -> "DEVICE_OFFLINE".equals(a.get("kind")) && "RAISED".equals(a.get("status")))
                .as("the motion sensor's and the door contact's").hasSize(2);

        Map elder = as(LINPING_OPERATOR).document("""
                        query($id: ID!) { node(id: $id) { ... on Elder { devices { serial } decommissionedDevices { serial decommissionedAt } } } }""")
                .variable("id", household.elderId()).execute().path("node").entity(Map.class).get();
        assertThat((List<Map>) elder.get("devices")).extracting(d -> d.get("serial")).containsExactlyInAnyOrder(household.motion(), household.door());
        assertThat((List<Map>) elder.get("decommissionedDevices")).extracting(d -> d.get("serial")).containsExactly(household.panic());
        as(LINPING_OPERATOR).document("query($id: ID!) { node(id: $id) { ... on Device { serial decommissionReason } } }")
                .variable("id", device.get("id")).execute().path("node.serial").entity(String.class).isEqualTo(household.panic());
        assertThat(count("SELECT COUNT(*) FROM device_event WHERE device_id = ?", dbId(device))).as("history kept").isEqualTo(2);
    }

    @Test
    void theRulesAndKpisSkipADecommissionedDevice() {
        String village = freshVillage();
        Household household = household(village, Map.of("dayStart", "00:00", "dayEnd", "23:59"));
        send(household.panic(), "HEARTBEAT", 15);
        send(household.motion(), "MOTION", null, Instant.now().minus(Duration.ofHours(14)));
        decommission(LINPING_OPERATOR, device(household, household.panic()), "老人搬走，收回设备").path("decommissionDevice.device.id").hasValue();
        decommission(LINPING_OPERATOR, device(household, household.motion()), "传感器故障").path("decommissionDevice.device.id").hasValue();

        evaluate(Instant.now().plusSeconds(60), village);
        assertThat(alertsOf(household)).extracting(a -> a.get("kind")).as("no motion sensor in the kit, so no INACTIVITY")
                .doesNotContain("INACTIVITY");
        evaluate(Instant.now().plus(Duration.ofHours(3)), village);
        assertThat(alertsOf(household)).filteredOn(a -> "DEVICE_OFFLINE".equals(a.get("kind"))).as("only the door contact's").hasSize(1);

        as(LINPING_OPERATOR).document("query($v: String!) { alertKpis(within: $v) { deviceHealth { total online offline lowBattery } } }")
                .variable("v", village).execute()
                .path("alertKpis.deviceHealth.total").entity(Integer.class).isEqualTo(1)
                .path("alertKpis.deviceHealth.lowBattery").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void laterEventsOfTheSerialAreAnUnknownDevicesAndTheSerialMayJoinAnotherKit() {
        String village = freshVillage();
        Household first = household(village);
        Household second = household(village);
        String serial = first.panic();
        expectError(register(LINPING_OPERATOR, second, serial), "CONFLICT", "input.serial");
        Household anji = household(SHANGSHU_VILLAGE, Map.of(), ANJI_ADMIN);
        GraphQlTester.Response elsewhere = register(ANJI_ADMIN, anji, serial);
        expectError(elsewhere, "CONFLICT", "input.serial");
        assertThat(errorsOf(elsewhere).getFirst().getMessage()).doesNotContain(village).doesNotContain("测试");

        Map device = device(first, serial);
        decommission(LINPING_OPERATOR, device, "换到另一户").path("decommissionDevice.device.decommissionedAt").hasValue();
        Map answer = postAsAdmin(event(newEventId(), serial, "HEARTBEAT", Instant.now(), 90));
        assertThat((List<Map>) answer.get("results")).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("status", "REJECTED");
            assertThat((String) r.get("reason")).contains("registered to no household");
        });
        assertThat(count("SELECT event_count FROM unknown_device WHERE serial = ?", serial)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM device_event WHERE device_id = ?", dbId(device))).isZero();

        register(LINPING_OPERATOR, second, serial).path("registerDevice.device.serial").entity(String.class).isEqualTo(serial);
        String pressed = newEventId();
        assertThat(postAsAdmin(event(pressed, serial, "PRESSED", Instant.now(), 90))).containsEntry("accepted", 1);
        assertThat(count("SELECT e.elder_id FROM device_event e WHERE e.event_id = ?", pressed)).isEqualTo(dbId(second.elderId()));
        assertThat(alertsOf(second)).extracting(a -> a.get("kind")).containsExactly("PANIC");
        assertThat(alertsOf(first)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM device WHERE serial = ?", serial)).isEqualTo(2);
    }

    @Test
    void staleRepeatedAndUnexplainedDecommissioningIsRefused() {
        Household household = household(freshVillage());
        Map device = device(household, household.door());
        expectError(as(LINPING_OPERATOR).document(DECOMMISSION)
                .variable("input", Map.of("id", device.get("id"), "version", 0, "reason", "  ")).execute(), "BAD_REQUEST", "input.reason");
        expectError(as(LINPING_OPERATOR).document(DECOMMISSION)
                .variable("input", Map.of("id", device.get("id"), "version", 7, "reason", "坏了")).execute(), "CONFLICT", "input.version");
        decommission(LINPING_OPERATOR, device, "坏了").path("decommissionDevice.device.version").entity(Integer.class).isEqualTo(1);
        expectError(as(LINPING_OPERATOR).document(DECOMMISSION)
                .variable("input", Map.of("id", device.get("id"), "version", 1, "reason", "又坏了")).execute(), "CONFLICT", "input.id");
        expectError(as(LINPING_OPERATOR).document(DECOMMISSION)
                .variable("input", Map.of("id", household.elderId(), "version", 0, "reason", "坏了")).execute(), "BAD_REQUEST", "input.id");
    }

    @Test
    void theKitsOfAVillageCostTheSameStatementsForOneElderAsForThree() {
        String small = villageWithRetiredPanics(1);
        String large = villageWithRetiredPanics(3);
        long forSmall = kitStatements(small, 1);
        long forLarge = kitStatements(large, 3);
        assertThat(forLarge).isEqualTo(forSmall);
    }

    private String villageWithRetiredPanics(int households) {
        String village = freshVillage();
        for (int i = 0; i < households; i++) {
            Household household = household(village);
            decommission(LINPING_OPERATOR, device(household, household.panic()), "统一更换").path("decommissionDevice.device.id").hasValue();
        }
        return village;
    }

    private long kitStatements(String village, int elders) {
        String kits = """
                query($v: String!) { elders(filter: {within: $v}) { nodes { devices { serial } decommissionedDevices { serial } } } }""";
        as(LINPING_OPERATOR).document(kits).variable("v", village).execute();
        SqlStatements.reset();
        List<Map> nodes = as(LINPING_OPERATOR).document(kits).variable("v", village).execute().path("elders.nodes").entityList(Map.class).get();
        long statements = SqlStatements.count();
        assertThat(nodes).hasSize(elders).allSatisfy(n -> {
            assertThat((List<?>) n.get("devices")).hasSize(2);
            assertThat((List<?>) n.get("decommissionedDevices")).hasSize(1);
        });
        return statements;
    }

    private GraphQlTester.Response decommission(String user, Map device, String reason) {
        return as(user).document(DECOMMISSION)
                .variable("input", Map.of("id", device.get("id"), "version", device.get("version"), "reason", reason)).execute();
    }

    private GraphQlTester.Response register(String user, Household household, String serial) {
        return as(user).document("mutation($i: RegisterDeviceInput!) { registerDevice(input: $i) { device { serial } } }")
                .variable("i", Map.of("elderId", household.elderId(), "serial", serial, "type", "PANIC_BUTTON")).execute();
    }

    /** A device of the kit, with its ID and version, as the operator reads it. */
    private Map device(Household household, String serial) {
        return as(LINPING_OPERATOR).document("query($id: ID!) { node(id: $id) { ... on Elder { devices { id serial version } } } }")
                .variable("id", household.elderId()).execute().path("node.devices").entityList(Map.class).get().stream()
                .filter(d -> serial.equals(d.get("serial"))).findFirst().orElseThrow();
    }

    private Map alert(Household household, String kind) {
        return alertsOf(household).stream().filter(a -> kind.equals(a.get("kind"))).findFirst().orElseThrow();
    }

    private long step(String mutation, Map alert, long version) {
        return as(LINPING_OPERATOR).document("mutation($i: AlertStepInput!) { " + mutation + "(input: $i) { alert { version } } }")
                .variable("i", Map.of("id", alert.get("id"), "version", version)).execute()
                .path(mutation + ".alert.version").entity(Long.class).get();
    }

    private void send(String serial, String type, Integer battery) {
        send(serial, type, battery, Instant.now());
    }

    private void send(String serial, String type, Integer battery, Instant time) {
        String eventId = newEventId();
        publish(serial, event(eventId, serial, type, time, battery));
        awaitStored(eventId);
    }

    private Map postAsAdmin(String event) {
        WebTestClient.ResponseSpec response = http.post().uri("/api/device-events").header("Authorization", "Bearer " + tokenOf(PLATFORM_ADMIN))
                .header("Content-Type", "application/json").bodyValue("[" + event + "]").exchange();
        return response.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }


    private static long dbId(Map device) {
        return GlobalId.decode((String) device.get("id"), "id").id();
    }

    private static long dbId(String globalId) {
        return GlobalId.decode(globalId, "id").id();
    }
}
