package org.xiangli.eldercare;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.xiangli.security.CurrentCaller;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one way device events enter: a bounded queue drained by a single writer thread in batches
 * ({@link EventWriter}, one transaction each). A payload's {@code done} callback runs only after its
 * batch committed, so an MQTT message is acknowledged only once it is safe (at-least-once; redelivery
 * is harmless because events are idempotent by id). A batch that fails is retried: transient
 * database errors with backoff until the database is back; other errors one payload at a time, so a
 * payload the database refuses goes to the dead letters instead of stopping the stream.
 */
@Component
public class EventPipeline implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventPipeline.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final EventWriter writer;
    private final ElderCareProperties.Ingest settings;
    private final BlockingQueue<Incoming> queue;
    private volatile boolean running;
    private Thread thread;

    EventPipeline(EventWriter writer, ElderCareProperties properties) {
        this.writer = writer;
        this.settings = properties.ingest();
        this.queue = new ArrayBlockingQueue<>(Math.max(settings.queueCapacity(), properties.mqtt().receiveMaximum()));
    }

    /** Hands a payload to the writer; blocks while the queue is full (back-pressure on the source). */
    void submit(Incoming incoming) throws InterruptedException {
        queue.put(incoming);
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofVirtual().name("eldercare-event-writer").start(this::drain);
    }

    /** Writes what is queued, then stops; payloads not written are not acknowledged and come again. */
    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the MQTT consumer that feeds it. */
    @Override
    public int getPhase() {
        return MqttEventConsumer.PHASE - 1;
    }

    private void drain() {
        List<Incoming> batch = new ArrayList<>(settings.batchSize());
        while (running) {
            try {
                Incoming first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, settings.batchSize() - 1);
                if (batch.size() < settings.batchSize() && !settings.flushInterval().isZero()) {
                    Thread.sleep(settings.flushInterval());
                    queue.drainTo(batch, settings.batchSize() - batch.size());
                }
                process(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            } catch (RuntimeException e) {
                log.error("Event writer: unexpected failure; {} payloads are left unacknowledged and will be redelivered", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    private void process(List<Incoming> batch) throws InterruptedException {
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                List<Incoming.Result> results = CurrentCaller.asSystem(() -> writer.write(batch));
                for (int i = 0; i < batch.size(); i++) {
                    complete(batch.get(i), results.get(i));
                }
                return;
            } catch (DuplicateKeyException e) {
                // another instance stored one of these events (or raised one of these alerts) meanwhile: the retry sees it
                log.debug("Event batch raced another instance, retrying", e);
            } catch (TransientDataAccessException | RecoverableDataAccessException | org.springframework.transaction.CannotCreateTransactionException e) {
                log.warn("Event batch of {} not written ({}); retrying in {} ms", batch.size(), e.getMessage(), backoff.toMillis());
                Thread.sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } catch (RuntimeException e) {
                if (batch.size() > 1) {
                    log.warn("Event batch of {} refused ({}); writing its payloads one by one", batch.size(), e.getMessage());
                    for (Incoming incoming : batch) {
                        process(List.of(incoming));
                    }
                    return;
                }
                Incoming poison = batch.getFirst();
                log.error("Event payload refused by the database; moved to the dead letters", e);
                CurrentCaller.asSystem(() -> {
                    writer.deadLetter(poison, "could not be stored: " + e.getClass().getSimpleName());
                    return null;
                });
                complete(poison, new Incoming.Result(Incoming.Status.REJECTED, null, "could not be stored"));
                return;
            }
        }
    }

    private static void complete(Incoming incoming, Incoming.Result result) {
        try {
            incoming.done().accept(result);
        } catch (RuntimeException e) {
            log.warn("Event pipeline: completion callback failed", e);
        }
    }
}
