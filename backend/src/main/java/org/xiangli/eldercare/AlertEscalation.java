package org.xiangli.eldercare;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.escalation.EscalationSteps;
import org.xiangli.escalation.EscalationSweep;
import org.xiangli.figures.Figures;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Elder care's share of the escalation sweep: each alert whose service timer ran out moves one rung
 * up the ladder (GRID → VILLAGE → TOWNSHIP → COUNTY), once per timer, with an ESCALATED step naming
 * the timer. Read committed for the reason given on {@link RuleEvaluation}.
 */
@Component
@Transactional(isolation = Isolation.READ_COMMITTED)
class AlertEscalation implements EscalationSweep {

    private static final EscalationSteps.Ladder ALERTS = new EscalationSteps.Ladder("alert", "alert_step", "alert_id");

    private final EscalationSteps steps;
    private final AlertRaiser raiser;
    private final ElderCareProperties properties;
    private final Figures figures;

    AlertEscalation(EscalationSteps steps, AlertRaiser raiser, ElderCareProperties properties, Figures figures) {
        this.steps = steps;
        this.raiser = raiser;
        this.properties = properties;
        this.figures = figures;
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public int escalateDue(Instant now) {
        return escalate(now, "");
    }

    /** Escalates the breached alerts below (or of) the division code {@code within} ({@code ""} for all). */
    int escalate(Instant now, String within) {
        ElderCareProperties.Timers timers = properties.timers();
        Map<Long, AlertChange.Action> changes = new LinkedHashMap<>();
        int escalated = 0;
        for (Timer timer : List.of(
                new Timer("acknowledge_breached_at", "status = 'RAISED' AND raised_at <= :deadline", timers.acknowledge(),
                        "not acknowledged within " + timers.acknowledge().toSeconds() + " s"),
                new Timer("on_site_breached_at", "status IN ('RAISED', 'ACKNOWLEDGED') AND urgency >= 3 AND raised_at <= :deadline",
                        timers.onSite(), "no responder on site within " + timers.onSite().toMinutes() + " min"),
                new Timer("follow_up_breached_at", "status = 'RESOLVED' AND resolved_at <= :deadline", timers.followUp(),
                        "not followed up within " + timers.followUp().toHours() + " h"))) {
            List<Long> moved = steps.climb(ALERTS, "region_code LIKE :scope AND " + timer.marker() + " IS NULL AND " + timer.condition(),
                    Map.of("scope", within + "%", "deadline", Timestamp.from(now.minus(timer.span()))), timer.marker(), timer.why(), now);
            moved.forEach(id -> changes.put(id, AlertChange.Action.ESCALATED));
            escalated += moved.size();
        }
        if (escalated > 0) {
            figures.changed(Figures.ALERTS);
        }
        raiser.publish(changes);
        return escalated;
    }

    private record Timer(String marker, String condition, Duration span, String why) {
    }
}
