package org.xiangli.live;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** One opened topic: its stream, and how the feed turns outbox rows back into its changes. */
record Topic<C extends LiveChange, E>(String name, ChangeStream<C> stream, Function<Collection<Long>, ? extends Collection<E>> load,
                                      ToLongFunction<? super E> id, BiFunction<String, E, C> change) {

    /** The changes the rows stand for, by outbox id, their entities loaded in one query; rows whose entity is gone are left out. */
    Map<Long, C> restore(List<OutboxRow> rows) {
        Map<Long, E> loaded = load.apply(rows.stream().map(OutboxRow::entityId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(id::applyAsLong, Function.identity(), (a, b) -> a));
        Map<Long, C> changes = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            E entity = loaded.get(row.entityId());
            if (entity != null) {
                changes.put(row.id(), change.apply(row.action(), entity));
            }
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    void deliver(LiveChange change) {
        stream.deliver((C) change);
    }
}
