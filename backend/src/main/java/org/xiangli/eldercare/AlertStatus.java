package org.xiangli.eldercare;

import java.util.Arrays;
import java.util.List;

/**
 * The closed loop: raised → acknowledged → on site → resolved → followed up → closed. A phone call
 * can resolve an acknowledged alert without a visit; false alarms and device faults may close
 * without a follow-up visit.
 */
enum AlertStatus {
    RAISED, ACKNOWLEDGED, ON_SITE, RESOLVED, FOLLOWED_UP, CLOSED;

    /** Every status but CLOSED: the alert console's default. */
    static final List<AlertStatus> NOT_CLOSED = Arrays.stream(values()).filter(status -> status != CLOSED).toList();

    /** Still needs a response: a repeated trigger joins it. */
    public boolean active() {
        return this == RAISED || this == ACKNOWLEDGED || this == ON_SITE;
    }

    /** The steps allowed from this status, for error messages. */
    List<StepAction> next(AlertOutcome outcome) {
        return switch (this) {
            case RAISED -> List.of(StepAction.ACKNOWLEDGED);
            case ACKNOWLEDGED -> List.of(StepAction.ON_SITE, StepAction.RESOLVED, StepAction.CALL);
            case ON_SITE -> List.of(StepAction.RESOLVED, StepAction.CALL);
            case RESOLVED -> outcome != null && outcome.closesWithoutFollowUp()
                    ? List.of(StepAction.FOLLOWED_UP, StepAction.CLOSED, StepAction.CALL)
                    : List.of(StepAction.FOLLOWED_UP, StepAction.CALL);
            case FOLLOWED_UP -> List.of(StepAction.CLOSED, StepAction.CALL);
            case CLOSED -> List.of();
        };
    }
}
