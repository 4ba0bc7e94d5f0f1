package org.xiangli.live;

/**
 * A change a feature streams live, published as a Spring event in the transaction that makes it:
 * {@link ChangeOutbox} writes it to the outbox there and delivers it to this instance's subscribers
 * after commit. Its type names its topic ({@link ChangeStreams#open}).
 */
public interface LiveChange {

    /** What happened; stored by name, turned back into a change by the topic's loader. */
    Enum<?> action();

    /** The id of the changed entity, by which the other instances load it. */
    long entityId();
}
