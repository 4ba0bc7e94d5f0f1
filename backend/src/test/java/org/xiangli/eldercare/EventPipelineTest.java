package org.xiangli.eldercare;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline's promises that need no database: memory is bounded in bytes and a spent budget holds
 * the receiver back (back-pressure), and every payload taken ends acknowledged, a batch failing
 * unexpectedly included: retried with backoff, then written one by one, the ones still failing
 * dead-lettered. The writer is a stand-in that stalls or fails on command.
 */
class EventPipelineTest {

    private static final int BUDGET = 64 * 1024;

    private EventPipeline pipeline;

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.stop();
        }
    }

    @Test
    void aSpentByteBudgetHoldsTheReceiverBackUntilTheWriterCatchesUp() throws Exception {
        CountDownLatch stalled = new CountDownLatch(1);
        StandInWriter writer = new StandInWriter(batch -> {
            waitFor(stalled);
            return accepted(batch);
        });
        pipeline = started(writer);
        int payloads = 200;
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Thread receiver = Thread.ofPlatform().start(() -> {
            for (int n = 0; n < payloads; n++) {
                submit(new byte[1000], result -> done.incrementAndGet());
                submitted.incrementAndGet();
            }
        });
        awaitSteady(submitted);
        System.out.printf("database stalled: %d of %d payloads taken, %d bytes held of a %d budget%n",
                submitted.get(), payloads, pipeline.queuedBytes(), BUDGET);
        assertThat(submitted.get()).as("the receiver is held back").isLessThan(payloads).isGreaterThan(10);
        assertThat(pipeline.queuedBytes()).isLessThanOrEqualTo(BUDGET);
        assertThat(receiver.getState()).isIn(Thread.State.WAITING, Thread.State.TIMED_WAITING);

        stalled.countDown();
        receiver.join(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(done.get()).isEqualTo(payloads));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(pipeline.queuedBytes()).isZero());
    }

    @Test
    void aBatchThatKeepsFailingUnexpectedlyEndsInTheDeadLettersWithEveryPayloadAcknowledged() throws Exception {
        StandInWriter writer = new StandInWriter(batch -> {
            throw new IllegalStateException("a bug, not the database");
        });
        pipeline = started(writer);
        Map<Integer, Incoming.Result> results = new ConcurrentHashMap<>();
        for (int n = 0; n < 5; n++) {
            int payload = n;
            submit(event(n), result -> results.put(payload, result));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(results).hasSize(5));
        assertThat(results.values()).allSatisfy(result -> assertThat(result.status()).isEqualTo(Incoming.Status.REJECTED));
        assertThat(writer.deadLettered).hasSize(5);
        assertThat(writer.tries.values()).as("each payload tried at least twice (attempts) before the dead letters").hasSize(5)
                .allSatisfy(tries -> assertThat(tries).isGreaterThanOrEqualTo(2));
    }

    @Test
    void aBatchThatFailsOnceIsWrittenOnTheRetry() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        StandInWriter writer = new StandInWriter(batch -> {
            if (calls.getAndIncrement() == 0) {
                throw new IllegalStateException("once");
            }
            return accepted(batch);
        });
        pipeline = started(writer);
        Map<Integer, Incoming.Result> results = new ConcurrentHashMap<>();
        for (int n = 0; n < 5; n++) {
            int payload = n;
            submit(event(n), result -> results.put(payload, result));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(results).hasSize(5));
        assertThat(results.values()).allSatisfy(result -> assertThat(result.status()).isEqualTo(Incoming.Status.ACCEPTED));
        assertThat(writer.deadLettered).isEmpty();
    }

    /** Waits until the count has stopped moving for half a second (the receiver is blocked), at most 15 s. */
    private static void awaitSteady(AtomicInteger count) {
        AtomicInteger seen = new AtomicInteger(-1);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> {
            int now = count.get();
            return now > 0 && now == seen.getAndSet(now);
        });
    }

    private static EventPipeline started(StandInWriter writer) {
        ElderCareProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "xiangli.eldercare.ingest.queue-bytes", BUDGET + "B",
                "xiangli.eldercare.ingest.writers", "1",
                "xiangli.eldercare.ingest.batch-size", "10",
                "xiangli.eldercare.ingest.flush-interval", "20ms",
                "xiangli.eldercare.ingest.attempts", "2")))
                .bindOrCreate("xiangli.eldercare", ElderCareProperties.class);
        EventPipeline pipeline = new EventPipeline(writer, properties, Clock.systemUTC());
        pipeline.start();
        return pipeline;
    }

    private void submit(byte[] payload, java.util.function.Consumer<Incoming.Result> done) {
        try {
            pipeline.submit(new Incoming(payload, Incoming.Source.MQTT, "xiangli/devices/T/events", org.xiangli.security.Caller.SYSTEM, done));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] event(int n) {
        return ElderCareApiTest.event("pipeline-" + n, "DEMO-PIPE-" + n, "MOTION", java.time.Instant.now(), null)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static EventWriter.Written accepted(List<Received> batch) {
        return new EventWriter.Written(batch.stream().map(r -> new Incoming.Result(Incoming.Status.ACCEPTED, null, null)).toList(),
                new StatusUpdates());
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A writer that does what the test says with each batch, and records dead letters. */
    private static final class StandInWriter extends EventWriter {
        private final Function<List<Received>, Written> behaviour;
        private final List<Incoming> deadLettered = Collections.synchronizedList(new java.util.ArrayList<>());
        private final Map<Incoming, Integer> tries = new ConcurrentHashMap<>();

        StandInWriter(Function<List<Received>, Written> behaviour) {
            super(null, null, null, null, null);
            this.behaviour = behaviour;
        }

        @Override
        public Written write(List<Received> batch, boolean lookUpDuplicates, StatusUpdates pending, boolean writeStatus) {
            batch.forEach(received -> tries.merge(received.incoming(), 1, Integer::sum));
            return behaviour.apply(List.copyOf(batch));
        }

        @Override
        public void writeStatus(StatusUpdates pending) {
        }

        @Override
        public void deadLetter(Incoming incoming, String reason) {
            deadLettered.add(incoming);
        }
    }
}
