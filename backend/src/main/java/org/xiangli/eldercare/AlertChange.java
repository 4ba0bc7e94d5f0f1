package org.xiangli.eldercare;

import org.xiangli.live.LiveChange;

/** A committed change to an alert, streamed live to the dashboards of every instance ({@link AlertChanges}). */
record AlertChange(Action action, Alert alert) implements LiveChange {

    /** What happened to the alert. */
    public enum Action {
        /** A new alert. */
        RAISED,
        /** A repeated trigger joined the active alert. */
        JOINED,
        /** A step of the loop was taken or a call logged. */
        UPDATED,
        /** A service timer was breached and the alert moved up a level. */
        ESCALATED
    }

    @Override
    public long entityId() {
        return alert.getId();
    }
}
