package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xiangli.security.Caller;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writers side by side: with one event per batch and four writers, presses of an elder's two panic
 * buttons (whose serials mostly fall to different writers), queued one after another, are written
 * concurrently and race for the same alert. Each elder still ends with one PANIC alert that counts
 * every press, every event is stored once, and a subscribed dashboard hears
 * of every alert raised, however many writers commit at the same moment.
 */
class ConcurrentWritersTest extends ElderCareApiTest {

    private static final int HOUSEHOLDS = 20;
    private static final int PRESSES = 4;

    @Autowired
    EventPipeline pipeline;

    @Autowired
    AlertChanges changes;

    @DynamicPropertySource
    static void racingWriters(DynamicPropertyRegistry registry) {
        registry.add("xiangli.eldercare.mqtt.enabled", () -> "false");
        registry.add("xiangli.eldercare.ingest.batch-size", () -> "1");
        registry.add("xiangli.eldercare.ingest.flush-interval", () -> "0ms");
        registry.add("xiangli.eldercare.ingest.writers", () -> "4");
    }

    @Test
    void repeatedPressesWrittenConcurrentlyJoinOneAlertPerElder() throws Exception {
        String village = freshVillage();
        List<Household> households = new ArrayList<>();
        for (int n = 0; n < HOUSEHOLDS; n++) {
            Household household = household(village);
            device(LINPING_OPERATOR, household, household.panic() + "2", "PANIC_BUTTON");
            households.add(household);
        }
        WebSocketGraphQlClient client = subscriber(LINPING_OPERATOR);
        int listening = changes.subscribers();
        CompletableFuture<List<Map>> raised = client.document("subscription($v: String!) { alertChanged(within: $v) { action alert { id } } }")
                .variable("v", village).retrieveSubscription("alertChanged").toEntity(Map.class)
                .filter(change -> "RAISED".equals(change.get("action")))
                .take(HOUSEHOLDS).collectList().timeout(Duration.ofSeconds(90)).toFuture();
        // the presses must come after the stream listens (a busy machine may take more than a second to connect)
        await().untilAsserted(() -> assertThat(changes.subscribers()).as("the dashboard's stream listens").isGreaterThan(listening));
        String run = "RACE-" + unique() + "-";
        Map<Incoming.Status, Integer> outcomes = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(HOUSEHOLDS * PRESSES);
        for (Household household : households) {
            for (int press = 0; press < PRESSES; press++) {
                String button = press % 2 == 0 ? household.panic() : household.panic() + "2";
                String payload = event(run + household.panic() + "-" + press, button, "PRESSED", Instant.now(), 80);
                pipeline.submit(new Incoming(payload.getBytes(StandardCharsets.UTF_8), Incoming.Source.MQTT, null, Caller.SYSTEM,
                        result -> {
                            outcomes.merge(result.status(), 1, Integer::sum);
                            done.countDown();
                        }));
            }
        }
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(outcomes).containsExactly(Map.entry(Incoming.Status.ACCEPTED, HOUSEHOLDS * PRESSES));
        assertThat(count("SELECT COUNT(*) FROM device_event WHERE event_id LIKE ?", run + "%")).isEqualTo(HOUSEHOLDS * PRESSES);
        assertThat(raised.get(40, TimeUnit.SECONDS)).as("every raised alert reaches the subscriber").hasSize(HOUSEHOLDS);
        client.stop().block(Duration.ofSeconds(5));
        for (Household household : households) {
            assertThat(alertsOf(household)).singleElement()
                    .satisfies(alert -> assertThat(alert).containsEntry("kind", "PANIC").containsEntry("triggerCount", PRESSES));
        }
    }
}
