package org.xiangli.eldercare;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xiangli.security.Caller;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sustained ingestion through the real pipeline (payloads fed to {@link EventPipeline} as the MQTT
 * consumer does, so the broker is left out: parsing, dedupe, batched INSERT, device and activity
 * updates and the PANIC / LOW_BATTERY rules all run), next to a raw batched INSERT of the same rows.
 * Checks that every event is stored exactly once. Run with {@code ./mvnw -Pbench test}.
 */
@Tag("benchmark")
class IngestionBenchmark extends ElderCareApiTest {

    static final int EVENTS = 200_000;
    static final int HOUSEHOLDS = 530;

    @Autowired
    EventPipeline pipeline;

    @Autowired
    ElderCareImport imports;

    @Autowired
    JdbcTemplate template;

    @DynamicPropertySource
    static void pipelineOnly(DynamicPropertyRegistry registry) {
        registry.add("xiangli.eldercare.mqtt.enabled", () -> "false");
    }

    @Test
    void sustainedIngestionNextToRawInserts() throws Exception {
        String village = freshVillage();
        String run = "B" + unique() + "-";
        List<String> serials = BenchHouseholds.create(imports, village, run, HOUSEHOLDS);
        Instant now = Instant.now();
        List<byte[]> payloads = new ArrayList<>(EVENTS);
        String[] types = {"MOTION", "HEARTBEAT", "MOTION", "DOOR_OPEN", "DOOR_CLOSE", "MOTION", "BATTERY", "HEARTBEAT"};
        for (int i = 0; i < EVENTS; i++) {
            // a press comes from a household's panic button (the first of its three serials); other types as the kind sends them
            String serial = i % 10_000 == 0 ? serials.get(i % serials.size() / 3 * 3) : serials.get(i % serials.size());
            String type = i % 10_000 == 0 ? "PRESSED" : BenchHouseholds.sendable(serial, types[i % types.length]);
            payloads.add(event(run + i, serial, type, now.minusMillis(EVENTS - i), 15 + i % 80).getBytes(StandardCharsets.UTF_8));
        }
        // warm-up: the first thousand events, not timed
        CountDownLatch warm = new CountDownLatch(1000);
        for (int i = 0; i < 1000; i++) {
            pipeline.submit(new Incoming(event(run + "w" + i, serials.get(i % serials.size()), "HEARTBEAT", now, 50)
                    .getBytes(StandardCharsets.UTF_8), Incoming.Source.MQTT, null, Caller.SYSTEM, r -> warm.countDown()));
        }
        warm.await(60, TimeUnit.SECONDS);

        CountDownLatch done = new CountDownLatch(EVENTS);
        long start = System.nanoTime();
        for (byte[] payload : payloads) {
            pipeline.submit(new Incoming(payload, Incoming.Source.MQTT, null, Caller.SYSTEM, r -> done.countDown()));
        }
        assertThat(done.await(10, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = count("SELECT COUNT(*) FROM device_event WHERE event_id LIKE ? AND event_id NOT LIKE ?", run + "%", run + "w%");

        // the same rows, raw: one batched INSERT per 1000 rows, autocommit
        List<Object[]> rows = new ArrayList<>(EVENTS);
        List<Object[]> ids = jdbc.sql("SELECT id, elder_id, region_code FROM device WHERE serial LIKE ? ORDER BY serial")
                .param(run + "%").query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}).list();
        Timestamp at = Timestamp.from(now);
        for (int i = 0; i < EVENTS; i++) {
            Object[] device = ids.get(i % ids.size());
            rows.add(new Object[] {run + "raw" + i, device[0], device[1], device[2], "MOTION", at, at, 50});
        }
        long rawStart = System.nanoTime();
        for (int i = 0; i < rows.size(); i += 1000) {
            template.batchUpdate("""
                    INSERT INTO device_event (event_id, device_id, elder_id, region_code, type, occurred_at, received_at, battery)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows.subList(i, Math.min(rows.size(), i + 1000)));
        }
        double rawSeconds = (System.nanoTime() - rawStart) / 1e9;

        System.out.printf("%n[benchmark] ingestion: %,d events through the pipeline (batches of 1000, rules applied) in %.2f s = %,.0f events/s;"
                        + " stored %,d (lost %d, duplicated %d)%n[benchmark] raw batched INSERT of the same %,d rows: %.2f s = %,.0f rows/s%n%n",
                EVENTS, seconds, EVENTS / seconds, stored, Math.max(0, EVENTS - stored), Math.max(0, stored - EVENTS),
                EVENTS, rawSeconds, EVENTS / rawSeconds);
        assertThat(stored).isEqualTo(EVENTS);
    }
}
