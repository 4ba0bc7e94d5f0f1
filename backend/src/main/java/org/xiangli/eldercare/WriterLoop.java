package org.xiangli.eldercare;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.xiangli.security.CurrentCaller;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One writer thread of the {@link EventPipeline}: drains its queue in batches, one transaction each.
 * Every payload taken ends acknowledged: stored, a duplicate, or in the dead letters; none is left
 * unacknowledged on a live connection, where the broker would never send it again and it would hold a
 * place of the receive maximum for good. A batch that hit a unique index (a redelivered event, or an
 * alert another writer raised meanwhile) is written again with the ids looked up; while the database
 * is unreachable (transient errors, deadlocks included) the batch waits with backoff until it is back,
 * holding the stream; a batch that fails otherwise is tried {@code attempts} times with backoff, then
 * one payload at a time, so only the payload the database refuses goes to the dead letters. The status
 * the events report is merged in memory and written with the first batch after each
 * {@code status-interval}, or on its own once the stream pauses that long, so a stream costs one
 * status row per device and interval, not one per event, and batches stay short (alerts wait less).
 */
final class WriterLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(WriterLoop.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final int MAX_RACES = 3;
    // the reason is shown to admins and integrators: what to do, not the exception
    private static final String REFUSED = "the database refused to store this event: check its values against the device contract (docs/device-contract.md)";

    private final BlockingQueue<Received> queue;
    private final EventWriter writer;
    private final ElderCareProperties.Ingest settings;
    private final ByteBudget budget;
    private volatile boolean running = true;
    private StatusUpdates pending = new StatusUpdates();
    private long statusWrittenAt = System.nanoTime();

    WriterLoop(BlockingQueue<Received> queue, EventWriter writer, ElderCareProperties.Ingest settings, ByteBudget budget) {
        this.queue = queue;
        this.writer = writer;
        this.settings = settings;
        this.budget = budget;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        List<Received> batch = new ArrayList<>(settings.batchSize());
        while (running) {
            try {
                Received first = queue.poll(settings.statusInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    writePendingStatus();
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
                log.error("Event writer: unexpected failure; the {} payloads of the batch go to the dead letters", batch.size(), e);
                batch.forEach(received -> deadLetter(received.incoming()));
            } finally {
                batch.forEach(received -> budget.giveBack(received.incoming().payload().length));
                batch.clear();
            }
        }
        Thread.interrupted(); // stop() interrupted the wait; the held-back status is still written
        writePendingStatus();
    }

    private void process(List<Received> batch) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        boolean lookUpDuplicates = false;
        int races = 0;
        int failures = 0;
        while (true) {
            boolean writeStatus = System.nanoTime() - statusWrittenAt >= settings.statusInterval().toNanos();
            try {
                boolean lookUp = lookUpDuplicates;
                EventWriter.Written written = CurrentCaller.asSystem(() -> writer.write(batch, lookUp, pending, writeStatus));
                if (writeStatus) {
                    pending = new StatusUpdates();
                    statusWrittenAt = System.nanoTime();
                } else {
                    pending.addAll(written.status());
                }
                for (int i = 0; i < batch.size(); i++) {
                    complete(batch.get(i).incoming(), written.results().get(i));
                }
                return;
            } catch (DuplicateKeyException e) {
                // a redelivered event (or an alert another instance raised meanwhile): the retry looks the ids up and sees it
                if (races++ == MAX_RACES) {
                    refused(batch, e);
                    return;
                }
                log.debug("Event batch hit a unique index, retrying with a look-up", e);
                lookUpDuplicates = true;
            } catch (TransientDataAccessException | RecoverableDataAccessException | CannotCreateTransactionException
                     | DataAccessResourceFailureException e) {
                if (!running) {
                    throw new InterruptedException("stopping while the database is away: the batch stays unacknowledged");
                }
                log.warn("Event batch of {} not written ({}); retrying in {} ms", batch.size(), e.getMessage(), backoff.toMillis());
                Thread.sleep(backoff);
                backoff = next(backoff);
            } catch (RuntimeException e) {
                if (++failures >= settings.attempts()) {
                    refused(batch, e);
                    return;
                }
                log.warn("Event batch of {} failed ({}); attempt {} of {} in {} ms", batch.size(), e.getMessage(),
                        failures + 1, settings.attempts(), backoff.toMillis());
                Thread.sleep(backoff);
                backoff = next(backoff);
            }
        }
    }

    private static Duration next(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }

    /** A batch the database keeps refusing: its payloads one by one, so only the poison goes to the dead letters. */
    private void refused(List<Received> batch, RuntimeException e) throws InterruptedException {
        if (batch.size() > 1) {
            log.warn("Event batch of {} refused ({}); writing its payloads one by one", batch.size(), e.getMessage());
            for (Received received : batch) {
                process(List.of(received));
            }
            return;
        }
        log.error("Event payload refused by the database; moved to the dead letters", e);
        deadLetter(batch.getFirst().incoming());
    }

    /**
     * Stores the payload in the dead letters and acknowledges it, waiting for the database while it is
     * away; one the dead letters refuse too is logged whole and acknowledged.
     */
    private void deadLetter(Incoming poison) {
        Duration backoff = FIRST_BACKOFF;
        for (int failures = 1; ; failures++) {
            try {
                CurrentCaller.asSystem(() -> {
                    writer.deadLetter(poison, REFUSED);
                    return null;
                });
                break;
            } catch (RuntimeException e) {
                boolean away = e instanceof TransientDataAccessException || e instanceof RecoverableDataAccessException
                        || e instanceof CannotCreateTransactionException || e instanceof DataAccessResourceFailureException;
                if (!running && away) {
                    return; // stopping: unacknowledged, it comes again
                }
                if (!away && failures >= settings.attempts()) {
                    log.error("Event payload refused by the database and by the dead letters; acknowledged, kept only here: topic {}, payload {}",
                            poison.topic(), new String(poison.payload(), StandardCharsets.UTF_8), e);
                    break;
                }
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = next(backoff);
            }
        }
        complete(poison, new Incoming.Result(Incoming.Status.REJECTED, null, REFUSED));
    }
    /** Status held back, written once the stream pauses; kept for the next try if that fails. */
    private void writePendingStatus() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            CurrentCaller.asSystem(() -> {
                writer.writeStatus(pending);
                return null;
            });
            pending = new StatusUpdates();
            statusWrittenAt = System.nanoTime();
        } catch (RuntimeException e) {
            log.warn("Device status not written ({}); trying again with the next batch", e.getMessage());
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
