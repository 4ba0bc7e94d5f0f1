package org.xiangli.pool;

/**
 * Where an application stands: the village submits, the township recommends (or returns or
 * rejects), the county approves (or defers or rejects) within the round's budget. Applications not
 * funded when a round closes roll over to the next one.
 */
enum ApplicationStatus {
    SUBMITTED,
    RETURNED,
    RECOMMENDED,
    APPROVED,
    DEFERRED,
    REJECTED,
    ROLLED_OVER;

    /** Not funded and not refused: carried to the next round. */
    boolean rollsOver() {
        return this == SUBMITTED || this == RETURNED || this == RECOMMENDED || this == DEFERRED;
    }
}
