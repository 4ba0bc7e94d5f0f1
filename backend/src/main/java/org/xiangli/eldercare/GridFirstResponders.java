package org.xiangli.eldercare;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;
import org.xiangli.escalation.EscalationLevel;
import org.xiangli.graphql.ApiException;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;

import java.util.Locale;

/**
 * Grid workers as the first rung of an elder's alerts: a grid worker reads the alerts of the elders
 * placed in their grid (whatever the rung, so they see an escalated alert's outcome) and works one
 * only while it sits at the GRID rung; once escalated it is the village's (and above) to answer.
 */
final class GridFirstResponders {

    private GridFirstResponders() {
    }

    /** Beyond the region filter: for a grid worker only the alerts of their grid's elders (none without a post). */
    static Specification<Alert> ownAlerts() {
        Caller caller = CurrentCaller.get();
        if (!caller.isGridWorker()) {
            return Specification.unrestricted();
        }
        Long grid = caller.grid();
        return (root, query, cb) -> {
            if (grid == null) {
                return cb.disjunction();
            }
            Subquery<Long> elders = query.subquery(Long.class);
            Root<Elder> elder = elders.from(Elder.class);
            elders.select(elder.get("id")).where(cb.equal(elder.get("gridId"), grid));
            return root.get("elderId").in(elders);
        };
    }

    /** The same rule for one loaded alert (the live stream): a grid worker's only if its elder is in their grid now. */
    static boolean owns(Caller caller, Alert alert) {
        Long grid = caller.grid();
        return !caller.isGridWorker() || grid != null && grid.equals(alert.getElderGridId());
    }

    /** Refuses a grid worker's step on an alert escalated beyond the grid. */
    static void checkMayAct(Alert alert) {
        if (CurrentCaller.get().isGridWorker() && alert.getEscalationLevel() != EscalationLevel.GRID) {
            throw ApiException.forbidden("the alert was escalated to " + alert.getEscalationLevel()
                    + ": the " + alert.getEscalationLevel().name().toLowerCase(Locale.ROOT) + " answers it now, not the grid");
        }
    }
}
