package org.xiangli.figures;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Aggregate answers kept for {@code xiangli.figures.freshness} (60 s), per subject (the table a
 * figure is computed from, such as {@code project}) and question. The question must hold everything
 * the answer depends on, the caller's scope included: the statement and its parameters are the
 * natural key, so two callers share a figure only when they would run the same statement.
 * <p>
 * A write to a subject ends its figures when its transaction commits ({@link #changed}): each
 * subject has a generation that is part of every key, so a figure still being computed from the
 * rows before the write is stored under the old generation and never answered again. Concurrent
 * askers of the same missing figure wait for one computation. Kept in this instance's memory:
 * another instance's writes reach it only by the freshness.
 * <p>
 * A figure that takes long to compute (the platform's at province size: seconds) would make every
 * request after a write wait for it, and a province writes alerts several times a minute. So a
 * figure computed by its own statement ({@link #ofStatement}) whose last computation took at least
 * {@code xiangli.figures.slow} is answered from that computation while the next one runs in the
 * background: after a write, and once it is half the freshness old. It is never older than the
 * freshness; {@code asOf} says how old it is.
 */
@Component
public class Figures {

    /** The subjects the modules' figures are computed from, by table. */
    public static final String PROJECTS = "project";
    public static final String TALENTS = "talent";
    /** Alerts, and the kits whose health the alert KPIs report with them. */
    public static final String ALERTS = "alert";
    public static final String ELDERS = "elder";

    private record Key(String subject, long generation, Object question) {
    }

    private record Asked(String subject, Object question) {
    }

    /** The last computation of a slow figure. */
    private record Last(Object answer, Instant asOf) {
    }

    private static final Logger log = LoggerFactory.getLogger(Figures.class);

    private final Clock clock;
    /** A computation in progress is kept too, so concurrent askers of a missing figure wait for it instead of computing it again. */
    private final AsyncCache<Key, Object> kept;
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final Duration freshness;
    private final Duration slowAfter;
    private final Cache<Asked, Last> slow;
    private final Set<Asked> refreshing = ConcurrentHashMap.newKeySet();

    Figures(FiguresProperties properties, Clock clock) {
        this.clock = clock;
        this.enabled = properties.freshness().isPositive();
        this.freshness = properties.freshness();
        this.slowAfter = properties.slow();
        this.slow = Caffeine.newBuilder()
                .maximumSize(enabled ? properties.maximum() : 0)
                .expireAfterWrite(enabled ? properties.freshness() : Duration.ZERO)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
        // expiry follows the application's clock, so a test that moves it sees figures age
        this.kept = Caffeine.newBuilder()
                .maximumSize(enabled ? properties.maximum() : 0)
                .expireAfterWrite(enabled ? properties.freshness() : Duration.ZERO)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .buildAsync();
    }

    /**
     * The answer to the question, computed by {@code compute} (given the instant it is as of) or,
     * within the freshness and with no write to the subject since, the one computed before.
     */
    @SuppressWarnings("unchecked")
    public <T> T of(String subject, Object question, Function<Instant, T> compute) {
        if (!enabled) {
            return compute.apply(clock.instant());
        }
        Key key = new Key(subject, generation(subject).get(), question);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> other = kept.asMap().putIfAbsent(key, mine);
        if (other != null) {
            try {
                return (T) other.join();
            } catch (CompletionException failed) {
                // the other computation failed (and is no longer kept): compute it here, with this caller's error
                return compute.apply(clock.instant());
            }
        }
        try {
            T answer = compute.apply(clock.instant());
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            kept.asMap().remove(key, mine);
            throw e;
        }
    }

    /**
     * As {@link #of}, for a figure whose computation needs nothing of the request but its question (a
     * statement with the caller's scope in its parameters; no transaction, caller or Hibernate filter):
     * a slow one is answered from its last computation while the next runs in the background.
     */
    @SuppressWarnings("unchecked")
    public <T> T ofStatement(String subject, Object question, Function<Instant, T> compute) {
        if (!enabled) {
            return compute.apply(clock.instant());
        }
        Asked asked = new Asked(subject, question);
        Function<Instant, T> timed = timed(asked, compute);
        Last last = slow.getIfPresent(asked);
        if (last != null && clock.instant().isBefore(last.asOf().plus(freshness))) {
            CompletableFuture<Object> current = kept.getIfPresent(new Key(subject, generation(subject).get(), question));
            if (current != null && !current.isDone()) {
                return (T) last.answer(); // its successor is being computed for another request
            }
            if (current == null || !clock.instant().isBefore(last.asOf().plus(freshness.dividedBy(2)))) {
                refresh(asked, timed);
                return (T) last.answer();
            }
        }
        return of(subject, question, timed);
    }

    /** Computes, and remembers the answer as slow when it took at least {@code slow}, or forgets it. */
    private <T> Function<Instant, T> timed(Asked asked, Function<Instant, T> compute) {
        return asOf -> {
            long started = System.nanoTime();
            T answer = compute.apply(asOf);
            if (System.nanoTime() - started >= slowAfter.toNanos()) {
                slow.put(asked, new Last(answer, asOf));
            } else {
                slow.invalidate(asked);
            }
            return answer;
        };
    }

    /** Computes the figure anew in the background, once at a time per question. */
    private void refresh(Asked asked, Function<Instant, ?> timed) {
        if (!refreshing.add(asked)) {
            return;
        }
        Thread.ofVirtual().name("figure-refresh").start(() -> {
            try {
                // the generation at the start: computed from rows before a write, it is never answered from the kept figures
                Key key = new Key(asked.subject(), generation(asked.subject()).get(), asked.question());
                kept.put(key, CompletableFuture.completedFuture(timed.apply(clock.instant())));
            } catch (RuntimeException e) {
                log.warn("A {} figure was not computed anew in the background ({}); the last one is answered until it is {} old",
                        asked.subject(), e.getMessage(), freshness);
            } finally {
                refreshing.remove(asked);
            }
        });
    }

    /**
     * The subject's rows change: its figures are computed anew once the current transaction commits
     * (at once outside one). Every write service of a subject calls this.
     */
    public void changed(String subject) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    generation(subject).incrementAndGet();
                }
            });
        } else {
            generation(subject).incrementAndGet();
        }
    }

    /** Every figure is computed anew: after a bulk load outside the write services, and for tests that count a cold request. */
    public void clear() {
        generations.values().forEach(AtomicLong::incrementAndGet);
        kept.synchronous().invalidateAll();
        slow.invalidateAll();
    }

    private AtomicLong generation(String subject) {
        return generations.computeIfAbsent(subject, s -> new AtomicLong());
    }
}
