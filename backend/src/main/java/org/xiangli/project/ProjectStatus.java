package org.xiangli.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project is in its life: approved → in progress → completed → settled, plus suspended
 * and cancelled. The allowed next states are listed here and nowhere else.
 */
public enum ProjectStatus {
    APPROVED,
    IN_PROGRESS,
    SUSPENDED,
    COMPLETED,
    SETTLED,
    CANCELLED;

    /** The states a project in this state may move to. */
    public Set<ProjectStatus> next() {
        return switch (this) {
            case APPROVED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, SUSPENDED, CANCELLED);
            case SUSPENDED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case COMPLETED -> EnumSet.of(SETTLED);
            case SETTLED, CANCELLED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean mayBecome(ProjectStatus target) {
        return next().contains(target);
    }

    /** Whether a move to this state must say why. */
    public boolean needsReason() {
        return this == SUSPENDED || this == CANCELLED;
    }

    /** Whether money may still move: not once settled (read-only) or cancelled. */
    public boolean acceptsMoney() {
        return this != SETTLED && this != CANCELLED;
    }

    /** Whether progress may still be reported. */
    public boolean acceptsReports() {
        return this == IN_PROGRESS || this == COMPLETED;
    }
}
