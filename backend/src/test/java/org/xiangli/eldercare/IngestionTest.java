package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.xiangli.security.Caller;
import reactor.core.Disposable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The device event stream end to end, against the real Mosquitto and database: a panic press
 * becomes an alert pushed to a graphql-ws subscriber; redelivered events are stored once; bad
 * payloads go to the dead letters without stopping the consumer; unknown serials are recorded; a
 * burst leaves each device's latest status.
 */
class IngestionTest extends ElderCareApiTest {

    /** More events than a batch holds: several batches, their status merged in memory before it is written. */
    private static final int BURST = 3_000;

    @Autowired
    EventPipeline pipeline;

    @Autowired
    AlertChanges changes;

    /** 上墅村, 安吉县: a demo village in anji.admin's scope, outside linping.operator's. */
    private static final String SHANGSHU_VILLAGE = "330523200200";

    private static final String ALERTS = """
            subscription { alertChanged(within: "330113") { action alert { id kind severity status villageCode triggerCount elder { id } } } }""";

    @Test
    void aPanicPressOverMqttReachesASubscribedDashboard() throws Exception {
        Household household = household(freshVillage());
        WebSocketGraphQlClient client = subscriber(LINPING_OPERATOR);
        int listening = changes.subscribers();
        CompletableFuture<List<Map>> received = client.document(ALERTS).retrieveSubscription("alertChanged").toEntity(Map.class)
                .filter(change -> household.village().equals(((Map) change.get("alert")).get("villageCode")))
                .take(1).collectList().timeout(Duration.ofSeconds(20)).toFuture();
        // the press must come after the stream listens (a busy machine may take more than a second to connect)
        await().untilAsserted(() -> assertThat(changes.subscribers()).as("the dashboard's stream listens").isGreaterThan(listening));
        long published = System.nanoTime();
        publish(household.panic(), event(newEventId(), household.panic(), "PRESSED", Instant.now(), 90));
        List<Map> changes = received.get(25, TimeUnit.SECONDS);
        System.out.printf("panic press to subscriber: %d ms%n", Duration.ofNanos(System.nanoTime() - published).toMillis());
        Map alert = (Map) changes.getFirst().get("alert");
        assertThat(changes.getFirst()).containsEntry("action", "RAISED");
        assertThat(alert).containsEntry("kind", "PANIC").containsEntry("severity", "CRITICAL").containsEntry("status", "RAISED");
        assertThat(((Map) alert.get("elder")).get("id")).isEqualTo(household.elderId());
        client.stop().block(Duration.ofSeconds(5));
    }

    @Test
    void aSubscriberOutsideTheScopeHearsNothing() {
        Household outside = household(freshVillage());
        Household inside = household(SHANGSHU_VILLAGE, Map.of(), ANJI_ADMIN);
        WebSocketGraphQlClient client = subscriber(ANJI_ADMIN);
        int listening = changes.subscribers();
        List<Map> heard = new CopyOnWriteArrayList<>();
        Disposable stream = client.document("subscription { alertChanged { action alert { elder { id } } } }")
                .retrieveSubscription("alertChanged").toEntity(Map.class)
                .filter(change -> List.of(outside.elderId(), inside.elderId()).contains(elderOf(change)))
                .subscribe(heard::add);
        await().untilAsserted(() -> assertThat(changes.subscribers()).as("the dashboard's stream listens").isGreaterThan(listening));
        // the positive control: a press in 安吉县 reaches anji.admin, so the stream is up
        publish(inside.panic(), event(newEventId(), inside.panic(), "PRESSED", Instant.now(), null));
        await().untilAsserted(() -> assertThat(heard).extracting(IngestionTest::elderOf).contains(inside.elderId()));

        publish(outside.panic(), event(newEventId(), outside.panic(), "PRESSED", Instant.now(), null));
        await().untilAsserted(() -> assertThat(alertsOf(outside)).hasSize(1));
        // a second press in 安吉县 comes after the 临平区 alert on the same stream: once it is heard, so would the other be
        publish(inside.panic(), event(newEventId(), inside.panic(), "PRESSED", Instant.now(), null));
        await().untilAsserted(() -> assertThat(heard).extracting(change -> change.get("action")).contains("JOINED"));

        assertThat(heard).extracting(IngestionTest::elderOf).as("only 安吉县's alert").containsOnly(inside.elderId());
        stream.dispose();
        client.stop().block(Duration.ofSeconds(5));
    }

    private static Object elderOf(Map change) {
        return ((Map) ((Map) change.get("alert")).get("elder")).get("id");
    }

    @Test
    void aRedeliveredEventIsStoredOnceAndARepeatedPressJoinsTheOpenAlert() {
        Household household = household(freshVillage());
        String first = newEventId();
        String payload = event(first, household.panic(), "PRESSED", Instant.now(), null);
        publish(household.panic(), payload);
        publish(household.panic(), payload);
        publish(household.panic(), payload);
        publish(household.panic(), event(newEventId(), household.panic(), "PRESSED", Instant.now(), null));
        await().untilAsserted(() -> assertThat(count("SELECT COUNT(*) FROM device_event e JOIN device d ON d.id = e.device_id WHERE d.serial = ?",
                household.panic())).isEqualTo(2));
        await().untilAsserted(() -> assertThat(alertsOf(household)).singleElement()
                .satisfies(alert -> assertThat(alert).containsEntry("kind", "PANIC").containsEntry("triggerCount", 2)));
        assertThat(count("SELECT COUNT(*) FROM device_event WHERE event_id = ?", first)).isEqualTo(1);
        // a device's events are written in the order they came: the first press raised the alert
        assertThat(count("SELECT COUNT(*) FROM alert WHERE trigger_event_id = ? AND kind = 'PANIC'", first)).isEqualTo(1);
    }

    @Test
    void malformedPayloadsGoToTheDeadLettersAndTheConsumerCarriesOn() {
        Household household = household(freshVillage());
        String marker = "broken-" + unique();
        publish(household.panic(), "{not json " + marker);
        publish(household.panic(), "{\"eventId\":\"" + marker + "\",\"serial\":\"" + household.panic() + "\",\"type\":\"EXPLODED\",\"time\":\"" + Instant.now() + "\"}");
        publish(household.panic(), event(marker + "-b", household.panic(), "BATTERY", Instant.now(), 140));
        publish(household.panic(), event(marker + "-f", household.panic(), "MOTION", Instant.now().plus(Duration.ofHours(2)), null));
        publish(household.motion(), event(newEventId(), household.motion(), "MOTION", Instant.now(), 80));
        await().untilAsserted(() -> assertThat(count("SELECT COUNT(*) FROM device_dead_letter WHERE payload LIKE ?", "%" + marker + "%")).isEqualTo(4));
        assertThat(jdbc.sql("SELECT reason FROM device_dead_letter WHERE payload LIKE ? ORDER BY id").param("%" + marker + "%")
                .query(String.class).list())
                .anySatisfy(reason -> assertThat(reason).startsWith("not JSON"))
                .anySatisfy(reason -> assertThat(reason).contains("type 'EXPLODED' is unknown"))
                .anySatisfy(reason -> assertThat(reason).contains("battery must be"))
                .anySatisfy(reason -> assertThat(reason).contains("in the future"));
        await().untilAsserted(() -> assertThat(count("SELECT COUNT(*) FROM device_event e JOIN device d ON d.id = e.device_id WHERE d.serial = ?",
                household.motion())).isEqualTo(1));
        assertThat(count("SELECT COUNT(*) FROM device_dead_letter WHERE topic = ?", "xiangli/devices/" + household.panic() + "/events"))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void aPayloadThatDisagreesWithItsTopicOrItsDevicesKindIsADeadLetter() {
        Household household = household(freshVillage());
        String marker = "mismatch-" + unique();
        // the motion sensor's serial on the panic button's topic: the topic is the device's identity
        publish(household.panic(), event(marker + "-s", household.motion(), "MOTION", Instant.now(), 80));
        // a panic button does not sense motion
        publish(household.panic(), event(marker + "-k", household.panic(), "MOTION", Instant.now(), 80));
        await().untilAsserted(() -> assertThat(count("SELECT COUNT(*) FROM device_dead_letter WHERE payload LIKE ?", "%" + marker + "%")).isEqualTo(2));
        assertThat(jdbc.sql("SELECT reason FROM device_dead_letter WHERE payload LIKE ? ORDER BY id").param("%" + marker + "%")
                .query(String.class).list())
                .anySatisfy(reason -> assertThat(reason).contains("serial " + household.motion() + " in the payload differs from "
                        + household.panic() + " of the topic"))
                .anySatisfy(reason -> assertThat(reason).contains("is a PANIC_BUTTON, which does not send MOTION"));
        assertThat(count("SELECT COUNT(*) FROM device_event WHERE event_id LIKE ?", marker + "%")).isZero();
    }

    @Test
    void eventsOfUnknownSerialsAreRecorded() {
        String serial = "DEMO-UNKNOWN-" + unique();
        publish(serial, event(newEventId(), serial, "HEARTBEAT", Instant.now(), 50));
        publish(serial, event(newEventId(), serial, "HEARTBEAT", Instant.now(), 50));
        await().untilAsserted(() -> assertThat(count("SELECT event_count FROM unknown_device WHERE serial = ?", serial)).isEqualTo(2));
        assertThat(count("SELECT COUNT(*) FROM device_event WHERE event_id LIKE ?", serial + "%")).isZero();
    }

    @Test
    void heartbeatsAndBatteryUpdateTheDeviceAndALowBatteryRaisesADeviceHealthAlert() {
        Household household = household(freshVillage());
        publish(household.door(), event(newEventId(), household.door(), "HEARTBEAT", Instant.now(), 55));
        await().untilAsserted(() -> assertThat(deviceOf(household, household.door())).containsEntry("online", true).containsEntry("battery", 55));
        assertThat(alertsOf(household)).isEmpty();
        publish(household.door(), event(newEventId(), household.door(), "BATTERY", Instant.now(), 15));
        await().untilAsserted(() -> assertThat(alertsOf(household)).singleElement()
                .satisfies(alert -> assertThat(alert).containsEntry("kind", "LOW_BATTERY").containsEntry("severity", "LOW")));
        await().untilAsserted(() -> assertThat(deviceOf(household, household.door())).containsEntry("battery", 15));
    }

    @Test
    void aBurstIsStoredWholeAndLeavesTheLatestStatusOfEachDevice() throws Exception {
        Household household = household(freshVillage());
        List<String> serials = List.of(household.panic(), household.motion(), household.door());
        // a second apart: through Connector/J, MariaDB 10 keeps whole seconds only (docs/decisions/0004-mariadb-whole-seconds.md)
        Instant base = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        List<Integer> order = new ArrayList<>(IntStream.range(0, BURST).boxed().toList());
        Collections.shuffle(order, new Random(7));
        Map<String, Integer> latestBattery = new HashMap<>();
        Instant latestMotion = null;
        Instant latestDoorOpen = null;
        String run = "BURST-" + unique() + "-";
        CountDownLatch stored = new CountDownLatch(BURST);
        for (int i : order) {
            String serial = serials.get(i % 3);
            String type = switch (i % 3) {
                case 0 -> "HEARTBEAT";
                case 1 -> "MOTION";
                default -> i % 2 == 0 ? "DOOR_OPEN" : "DOOR_CLOSE";
            };
            pipeline.submit(new Incoming(event(run + i, serial, type, base.plusSeconds(i), 30 + i % 60).getBytes(StandardCharsets.UTF_8),
                    Incoming.Source.MQTT, null, Caller.SYSTEM, result -> stored.countDown()));
        }
        for (int i = BURST - 3; i < BURST; i++) {
            latestBattery.put(serials.get(i % 3), 30 + i % 60);
        }
        latestMotion = base.plusSeconds(IntStream.range(0, BURST).filter(i -> i % 3 == 1).max().orElseThrow());
        latestDoorOpen = base.plusSeconds(IntStream.range(0, BURST).filter(i -> i % 3 == 2 && i % 2 == 0).max().orElseThrow());
        assertThat(stored.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM device_event WHERE event_id LIKE ?", run + "%")).isEqualTo(BURST);

        Instant motion = latestMotion;
        Instant doorOpen = latestDoorOpen;
        await().untilAsserted(() -> {
            Map elder = as(LINPING_OPERATOR).document("""
                            query($id: ID!) { node(id: $id) { ... on Elder { lastMotionAt lastDoorOpenAt
                                                                            devices { serial battery lastSeenAt lastHeartbeatAt } } } }""")
                    .variable("id", household.elderId()).execute().path("node").entity(Map.class).get();
            assertThat(instant(elder.get("lastMotionAt"))).isEqualTo(motion);
            assertThat(instant(elder.get("lastDoorOpenAt"))).isEqualTo(doorOpen);
            for (Map device : (List<Map>) elder.get("devices")) {
                assertThat(device.get("battery")).as("battery of %s", device.get("serial")).isEqualTo(latestBattery.get(device.get("serial")));
                assertThat(device.get("lastSeenAt")).isNotNull();
                assertThat(device.get("lastHeartbeatAt") != null).isEqualTo(household.panic().equals(device.get("serial")));
            }
        });
    }

    private static Instant instant(Object value) {
        return value == null ? null : OffsetDateTime.parse((String) value).toInstant();
    }

    private Map deviceOf(Household household, String serial) {
        List<Map> devices = as(LINPING_OPERATOR).document("query($id: ID!) { node(id: $id) { ... on Elder { devices { serial online battery lastSeenAt } } } }")
                .variable("id", household.elderId()).execute().path("node.devices").entityList(Map.class).get();
        return devices.stream().filter(d -> serial.equals(d.get("serial"))).findFirst().orElseThrow();
    }
}
