package org.xiangli.graphql;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The glue of every {@code @BatchMapping}: the module loads the targets of a whole batch in one
 * query, keyed by id or code; these pair each source with what its key finds. The one way a batch
 * is mapped.
 */
public final class BatchMaps {

    private BatchMaps() {
    }

    /** The distinct keys of a batch, without nulls: what to load. */
    public static <S, K> List<K> keys(Collection<S> sources, Function<S, @Nullable K> key) {
        return sources.stream().map(key).filter(Objects::nonNull).distinct().toList();
    }

    /** Each source with the one target its key finds; a source without a key or a target is left out (its field is null). */
    public static <S, K, T> Map<S, T> one(Collection<S> sources, Function<S, @Nullable K> key, Map<K, T> targets) {
        Map<S, T> paired = new LinkedHashMap<>();
        for (S source : sources) {
            K k = key.apply(source);
            T target = k == null ? null : targets.get(k);
            if (target != null) {
                paired.putIfAbsent(source, target);
            }
        }
        return paired;
    }

    /** Each source with the list its key finds, empty when it finds none. */
    public static <S, K, T> Map<S, List<T>> many(Collection<S> sources, Function<S, K> key, Map<K, List<T>> targets) {
        return orDefault(sources, key, targets, List.of());
    }

    /** Each source with a value computed from itself alone (a flag of the batch's date, say). */
    public static <S, T> Map<S, T> each(Collection<S> sources, Function<S, T> value) {
        Map<S, T> computed = new LinkedHashMap<>();
        for (S source : sources) {
            computed.putIfAbsent(source, value.apply(source));
        }
        return computed;
    }

    /** Each source with the value its key finds, or the given default (zero totals, empty statistics). */
    public static <S, K, T> Map<S, T> orDefault(Collection<S> sources, Function<S, K> key, Map<K, T> targets, T fallback) {
        Map<S, T> paired = new LinkedHashMap<>();
        for (S source : sources) {
            paired.putIfAbsent(source, targets.getOrDefault(key.apply(source), fallback));
        }
        return paired;
    }
}
