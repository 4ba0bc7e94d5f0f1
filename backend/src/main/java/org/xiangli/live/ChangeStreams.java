package org.xiangli.live;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The topics features opened, by name (the outbox's {@code topic}) and by the type of their changes. */
@Component
public class ChangeStreams {

    private final Map<String, Topic<?, ?>> byName = new ConcurrentHashMap<>();
    private final Map<Class<?>, Topic<?, ?>> byType = new ConcurrentHashMap<>();

    /**
     * Opens the stream of one kind of change, once, when the feature's bean is made (before the feed starts).
     *
     * @param topic  the name its outbox rows carry (at most 32 characters, never renamed while rows may exist)
     * @param type   the changes, as the feature publishes them
     * @param load   the entities of these ids, in one query, outside any scope; a missing one is a change not delivered
     * @param id     an entity's id
     * @param change the change an outbox row stands for: its action's name and the entity loaded
     */
    public <C extends LiveChange, E> ChangeStream<C> open(String topic, Class<C> type, Function<Collection<Long>, ? extends Collection<E>> load,
                                                          ToLongFunction<? super E> id, BiFunction<String, E, C> change) {
        Topic<C, E> opened = new Topic<>(topic, new ChangeStream<>(topic), load, id, change);
        if (byName.putIfAbsent(topic, opened) != null || byType.putIfAbsent(type, opened) != null) {
            throw new IllegalStateException("The live topic " + topic + " or the change type " + type.getSimpleName() + " is opened twice");
        }
        return opened.stream();
    }

    @Nullable Topic<?, ?> named(String topic) {
        return byName.get(topic);
    }

    Topic<?, ?> of(LiveChange change) {
        Topic<?, ?> topic = byType.get(change.getClass());
        if (topic == null) {
            throw new IllegalStateException("No live topic is open for " + change.getClass().getSimpleName());
        }
        return topic;
    }
}
