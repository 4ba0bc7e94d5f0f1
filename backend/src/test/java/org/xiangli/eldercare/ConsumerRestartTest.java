package org.xiangli.eldercare;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xiangli.support.TcpProxy;
import org.xiangli.support.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing the broker acknowledged to a device is lost when the backend's connection dies or its
 * ingestion restarts mid-stream. A device publishes a steady QoS 1 stream to the real Mosquitto on a
 * topic only this context subscribes to; the context reaches the broker through a proxy the test
 * controls. Mid-stream the proxy drops the connection without a goodbye (as a kill -9 or a network
 * failure does: the messages in flight are never acknowledged) and later the consumer and the
 * pipeline are stopped and started again in process (a restart). Every event the broker PUBACKed is
 * then stored exactly once by event id: the persistent session kept what arrived while the backend
 * was away, and redelivered what it had not acknowledged.
 */
class ConsumerRestartTest extends ElderCareApiTest {

    private static final TcpProxy BROKER = new TcpProxy("127.0.0.1", 1883);
    private static final String TOPIC_ROOT = "xiangli-restart-" + UUID.randomUUID().toString().substring(0, 8);
    private static final int EVENTS = 3_000;

    @Autowired
    private MqttEventConsumer consumer;

    @Autowired
    private EventPipeline pipeline;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("xiangli.eldercare.mqtt.port", BROKER::port);
        registry.add("xiangli.eldercare.mqtt.topic", () -> TOPIC_ROOT + "/devices/+/events");
        registry.add("xiangli.eldercare.mqtt.client-id", () -> "xiangli-restart-" + TestDatabase.name());
        registry.add("xiangli.eldercare.mqtt.session-expiry", () -> "2m"); // the tests' default ends sessions

    }

    /** A test that failed half-way leaves ingestion running for the next, and the broker reachable. */
    @AfterEach
    void ingestionRunsAgain() {
        BROKER.restore();
        pipeline.start();
        consumer.start();
    }

    @AfterAll
    static void closeProxy() {
        BROKER.close();
    }

    @Test
    void everyAcknowledgedEventIsStoredOnceAfterTheConnectionDiesAndTheConsumerRestarts() throws Exception {
        Household household = household(freshVillage());
        String run = "restart-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Mqtt5AsyncClient device = device();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Semaphore inFlight = new Semaphore(200);
        String topic = TOPIC_ROOT + "/devices/" + household.motion() + "/events";
        long started = System.nanoTime();
        for (int n = 0; n < EVENTS; n++) {
            if (n == EVENTS / 3) {
                BROKER.cut();            // the connection dies mid-stream, nothing acknowledged in flight
                System.out.printf("event %d: connection cut%n", n);
                Thread.ofPlatform().start(() -> sleepThen(500, BROKER::restore)); // back before the client's first retry (0.75 s to 1.25 s)
            }
            if (n == 2 * EVENTS / 3) {
                System.out.printf("event %d: consumer and pipeline stopped%n", n);
                consumer.stop();         // ingestion stops mid-stream (in-process restart)
                pipeline.stop();
                Thread.ofPlatform().start(() -> sleepThen(1_000, () -> {
                    pipeline.start();
                    consumer.start();
                }));
            }
            String eventId = run + n;
            inFlight.acquire();
            device.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                    .payload(event(eventId, household.motion(), "MOTION", Instant.now(), null).getBytes(StandardCharsets.UTF_8))
                    .send().whenComplete((result, failure) -> {
                        if (failure == null && result.getError().isEmpty()) {
                            acknowledged.add(eventId);
                        }
                        inFlight.release();
                    });
            // about 230 events/s: what the broker queues while the backend is away stays within Mosquitto's
            // default max_queued_messages (1000) of the shared development broker, even if a retry is refused
            Thread.sleep(4);
        }
        inFlight.acquire(200);
        device.disconnect();
        System.out.printf("published %d events in %d ms, %d acknowledged by the broker%n", EVENTS,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), acknowledged.size());
        assertThat(acknowledged).hasSize(EVENTS);

        List<String> stored = awaitStored(run, acknowledged.size(), Duration.ofSeconds(60));
        System.out.printf("stored %d of %d acknowledged events, %d ms after the first publish%n", stored.size(), acknowledged.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        Set<String> missing = new java.util.TreeSet<>(acknowledged);
        missing.removeAll(stored);
        assertThat(missing).as("acknowledged events not stored, by number: " + ranges(missing, run)).isEmpty();
        assertThat(new HashSet<>(stored)).as("every acknowledged event stored").containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(stored).as("each once").doesNotHaveDuplicates();
    }

    /**
     * A consumer stopped while its client waits to reconnect stays away: were the client to connect
     * after the broker is back, it would take the session from the consumer started next, in turn, and
     * receive what it can no longer store.
     */
    @Test
    void aConsumerStoppedWhileItWaitsToReconnectNeverComesBack() throws Exception {
        Household household = household(freshVillage());
        String run = "away-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        awaitConnections(1);
        BROKER.cut();
        Thread.sleep(1_500); // the first retry (0.75 s to 1.25 s) was refused; the next waits 1.5 s to 2.5 s more
        consumer.stop();
        pipeline.stop();
        BROKER.restore();
        Thread.sleep(3_000); // past the latest the next retry would have come (3.75 s after the cut)
        assertThat(BROKER.connections()).as("connections of the stopped consumer once the broker is back").isZero();

        Mqtt5AsyncClient device = device();
        String topic = TOPIC_ROOT + "/devices/" + household.motion() + "/events";
        Set<String> sent = new HashSet<>();
        for (int n = 0; n < 100; n++) {
            if (n == 50) {
                pipeline.start();
                consumer.start();
            }
            String eventId = run + n;
            device.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                    .payload(event(eventId, household.motion(), "MOTION", Instant.now(), null).getBytes(StandardCharsets.UTF_8))
                    .send().get(10, TimeUnit.SECONDS);
            sent.add(eventId);
        }
        device.disconnect();

        List<String> stored = awaitStored(run, sent.size(), Duration.ofSeconds(30));
        assertThat(stored).as("events sent while the consumer was away and after it started again").containsExactlyInAnyOrderElementsOf(sent);
        assertThat(BROKER.connections()).as("connections of the consumer started again").isEqualTo(1);
    }

    private static void awaitConnections(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (BROKER.connections() != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(BROKER.connections()).as("connections through the proxy").isEqualTo(expected);
    }

    /** A device publishing straight to the broker, not through the proxy. */
    private static Mqtt5AsyncClient device() throws Exception {
        Mqtt5AsyncClient device = MqttClient.builder().useMqttVersion5().identifier("xiangli-test-device-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(1883).buildAsync();
        device.connect().get(10, TimeUnit.SECONDS);
        return device;
    }

    /** The run's stored event ids, once there are {@code expected} of them or the time is up. */
    private List<String> awaitStored(String run, int expected, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<String> stored = storedIds(run);
        while (stored.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(250);
            stored = storedIds(run);
        }
        return stored;
    }

    private List<String> storedIds(String run) {
        return jdbc.sql("SELECT event_id FROM device_event WHERE event_id LIKE ?").param(run + "%").query(String.class).list();
    }

    /** Event numbers as ranges ("12-340, 1200-1203"), for a failure message a person can read. */
    private static String ranges(Set<String> ids, String run) {
        List<Integer> numbers = ids.stream().map(id -> Integer.parseInt(id.substring(run.length()))).sorted().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < numbers.size(); ) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            out.append(out.isEmpty() ? "" : ", ").append(numbers.get(i)).append(j > i ? "-" + numbers.get(j) : "");
            i = j + 1;
        }
        return out.toString();
    }

    private static void sleepThen(long millis, Runnable then) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        then.run();
    }
}
