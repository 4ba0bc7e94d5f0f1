package org.xiangli.eldercare;

/** How an alert was resolved. A false alarm is an outcome, not a branch of the loop. */
enum AlertOutcome {
    SAFE, HOSPITALISED, FALSE_ALARM, DEVICE_FAULT, OTHER;

    boolean closesWithoutFollowUp() {
        return this == FALSE_ALARM || this == DEVICE_FAULT;
    }
}
