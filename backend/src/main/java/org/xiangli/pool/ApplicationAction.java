package org.xiangli.pool;

/** A step in an application's history. */
enum ApplicationAction {
    SUBMITTED,
    REVISED,
    RECOMMENDED,
    RETURNED,
    REJECTED,
    APPROVED,
    DEFERRED,
    ROLLED_OVER,
    ROLLED_IN,
    PROJECT_CREATED
}
