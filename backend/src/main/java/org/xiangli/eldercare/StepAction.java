package org.xiangli.eldercare;

/** One entry of an alert's history. */
enum StepAction {
    RAISED, ACKNOWLEDGED, ON_SITE, RESOLVED, FOLLOWED_UP, CLOSED, CALL, ESCALATED
}
