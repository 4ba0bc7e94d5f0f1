package org.xiangli.figures;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

    private final Clock clock;
    /** A computation in progress is kept too, so concurrent askers of a missing figure wait for it instead of computing it again. */
    private final AsyncCache<Key, Object> kept;
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final boolean enabled;

    Figures(FiguresProperties properties, Clock clock) {
        this.clock = clock;
        this.enabled = properties.freshness().isPositive();
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
    }

    private AtomicLong generation(String subject) {
        return generations.computeIfAbsent(subject, s -> new AtomicLong());
    }
}
