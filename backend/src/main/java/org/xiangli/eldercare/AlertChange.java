package org.xiangli.eldercare;

/** A committed change to an alert, published after its transaction commits. */
record AlertChange(Action action, Alert alert) {

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
}
