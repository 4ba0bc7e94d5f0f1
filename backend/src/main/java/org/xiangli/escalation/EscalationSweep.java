package org.xiangli.escalation;

import java.time.Instant;

/**
 * A feature's share of the one escalation sweep ({@link EscalationSchedule}): moves up the ladder
 * (or files) whatever of the feature is late at an instant. Each runs in its own transaction, so a
 * failing one does not hold up the others.
 */
public interface EscalationSweep {

    /** A short name for the log. */
    String name();

    /** Escalates what is due at {@code now}; answers how many records it moved (or filed). */
    int escalateDue(Instant now);
}
