package org.xiangli.eldercare;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.WebSocketGraphQlClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * p99 latency from an MQTT publish of a panic press to its delivery to a graphql-ws subscriber
 * (linping.operator's real token), while a background publisher keeps about 5,000 events/s flowing
 * through the same broker and pipeline. Run with {@code ./mvnw -Pbench test}.
 */
@Tag("benchmark")
class AlertLatencyBenchmark extends ElderCareApiTest {

    private static final int LOAD_PER_SECOND = 5_000;
    private static final int SAMPLES = 200;

    @Autowired
    ElderCareImport imports;

    @Test
    void panicToSubscriberUnderLoad() throws Exception {
        String village = freshVillage();
        String run = "L" + unique() + "-";
        List<String> serials = BenchHouseholds.create(imports, village, run, SAMPLES + 300);
        List<String> panics = serials.stream().filter(s -> s.endsWith("-P")).limit(SAMPLES).toList();
        List<String> load = serials.subList(SAMPLES * 3, serials.size());

        Map<String, Long> sent = new ConcurrentHashMap<>();
        long[] latencies = new long[SAMPLES];
        AtomicLong received = new AtomicLong();
        CountDownLatch all = new CountDownLatch(SAMPLES);
        WebSocketGraphQlClient client = subscriber(LINPING_OPERATOR);
        client.document("subscription($v: String!) { alertChanged(within: $v) { action alert { kind detail } } }").variable("v", village)
                .retrieveSubscription("alertChanged").toEntity(Map.class)
                .subscribe(change -> {
                    long at = System.nanoTime();
                    String detail = (String) ((Map) change.get("alert")).get("detail");
                    if (detail != null && "RAISED".equals(change.get("action"))) {
                        String serial = detail.replace("panic button ", "").replace(" pressed", "");
                        Long published = sent.remove(serial);
                        if (published != null) {
                            latencies[(int) received.getAndIncrement()] = at - published;
                            all.countDown();
                        }
                    }
                });
        Thread.sleep(1_000);

        Mqtt5AsyncClient publisher = MqttClient.builder().useMqttVersion5().identifier("xiangli-bench-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(1883).buildAsync();
        publisher.connect().join();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong loadSent = new AtomicLong();
        Thread background = Thread.ofPlatform().start(() -> {
            long next = System.nanoTime();
            int i = 0;
            while (loading.get()) {
                for (int k = 0; k < LOAD_PER_SECOND / 100; k++, i++) {
                    String serial = load.get(i % load.size());
                    publisher.publishWith().topic("xiangli/devices/" + serial + "/events").qos(MqttQos.AT_LEAST_ONCE)
                            .payload(event(run + "bg" + i, serial, BenchHouseholds.sendable(serial, i % 2 == 0 ? "MOTION" : "HEARTBEAT"), Instant.now(), 80)
                                    .getBytes(StandardCharsets.UTF_8)).send();
                    loadSent.incrementAndGet();
                }
                next += 10_000_000;
                long sleep = next - System.nanoTime();
                if (sleep > 0) {
                    try {
                        Thread.sleep(Duration.ofNanos(sleep));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        Thread.sleep(3_000);
        long loadStart = System.nanoTime();
        long loadAtStart = loadSent.get();
        long[] brokerAcks = new long[SAMPLES];
        AtomicLong acked = new AtomicLong();
        for (String serial : panics) {
            long start = System.nanoTime();
            sent.put(serial, start);
            publisher.publishWith().topic("xiangli/devices/" + serial + "/events").qos(MqttQos.AT_LEAST_ONCE)
                    .payload(event(run + "p-" + serial, serial, "PRESSED", Instant.now(), 90).getBytes(StandardCharsets.UTF_8)).send()
                    .thenRun(() -> brokerAcks[(int) acked.getAndIncrement()] = System.nanoTime() - start);
            Thread.sleep(50);
        }
        boolean inTime = all.await(60, TimeUnit.SECONDS);
        double loadRate = (loadSent.get() - loadAtStart) / ((System.nanoTime() - loadStart) / 1e9);
        loading.set(false);
        background.join();
        // a saturated writer drains its backlog after the load stops: the late samples still count, nothing may be lost
        boolean complete = inTime || all.await(2, TimeUnit.MINUTES);
        publisher.disconnect().join();
        client.stop().block(Duration.ofSeconds(5));
        long storedLoad = count("SELECT COUNT(*) FROM device_event WHERE event_id LIKE ?", run + "bg%");
        long storedPanics = count("SELECT COUNT(*) FROM device_event WHERE event_id LIKE ?", run + "p-%");
        System.out.printf("%n[benchmark] stored %,d of %,d load events and %d of %d panic presses%n", storedLoad, loadSent.get(), storedPanics, SAMPLES);

        long[] acks = Arrays.copyOf(brokerAcks, (int) acked.get());
        Arrays.sort(acks);
        // the publisher shares the machine: how long the broker took to take the press (PUBACK) is part of the figure
        System.out.printf("%n[benchmark] of which publish -> broker PUBACK: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                pct(acks, 0.50), pct(acks, 0.95), pct(acks, 0.99));
        int n = (int) received.get();
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf("%n[benchmark] panic publish -> graphql-ws delivery while publishing %.0f events/s: %d of %d samples"
                        + (inTime ? "" : " (load stopped after 60 s; the rest arrived while the backlog drained)") + ","
                        + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                loadRate, n, SAMPLES, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), n == 0 ? 0 : sorted[n - 1] / 1e6);
        org.assertj.core.api.Assertions.assertThat(complete).as("every panic press reached the subscriber").isTrue();
    }

    private static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
