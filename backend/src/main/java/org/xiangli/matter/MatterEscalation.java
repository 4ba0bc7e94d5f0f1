package org.xiangli.matter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.escalation.EscalationSteps;
import org.xiangli.escalation.EscalationSweep;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.xiangli.matter.MatterEnums.MatterChangeAction;
import static org.xiangli.matter.MatterInputs.MatterChange;

/**
 * The ledger's share of the escalation sweep: moves overdue matters (not done, deadline passed) up
 * the shared escalation ladder, one level when the deadline passes and one more for every further
 * {@code xiangli.matters.escalate-every} (a day) they stay overdue, up to the county; each move is an
 * ESCALATED step by {@code system} and a change on the live board.
 */
@Component
class MatterEscalation implements EscalationSweep {

    private static final EscalationSteps.Ladder MATTERS = new EscalationSteps.Ladder("matter", "matter_step", "matter_id");

    private final EscalationSteps steps;
    private final Matters matters;
    private final ApplicationEventPublisher events;
    private final Duration every;

    MatterEscalation(EscalationSteps steps, Matters matters, ApplicationEventPublisher events,
                     @Value("${xiangli.matters.escalate-every:P1D}") Duration every) {
        this.steps = steps;
        this.matters = matters;
        this.events = events;
        this.every = every;
    }

    @Override
    public String name() {
        return "matters";
    }

    /** Escalates what is overdue at this instant; answers how many matters moved up. */
    @Override
    @Transactional
    public int escalateDue(Instant now) {
        List<Long> late = steps.climb(MATTERS, """
                        status IN ('DISPATCHED', 'IN_HAND') AND deadline < :now AND escalation_level <> 'COUNTY'
                        AND (escalated_at IS NULL OR escalated_at <= :again)""",
                Map.of("now", Timestamp.from(now), "again", Timestamp.from(now.minus(every))), "escalated_at", "overdue", now);
        if (!late.isEmpty()) {
            matters.findAll((root, query, cb) -> root.get("id").in(late))
                    .forEach(matter -> events.publishEvent(new MatterChange(MatterChangeAction.ESCALATED, matter)));
        }
        return late.size();
    }
}
