package org.xiangli.escalation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The one way rows move up the ladder, in SQL for many rows at once: the late rows are locked, each
 * gets an ESCALATED step by {@code system} in its history naming why and the new level, then its
 * level moves one rung up, the marker column is stamped and the version moves. The caller publishes
 * the change of each row returned (in its own event type) and runs inside its transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class EscalationSteps {

    /**
     * A table that escalates: its rows have {@code id, region_code, escalation_level, version, updated_at};
     * the history table has {@code (<historyKey>, region_code, action, acted_at, actor, note)}.
     */
    public record Ladder(String table, String history, String historyKey) {
    }

    private final JdbcClient jdbc;

    EscalationSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves the rows matching {@code condition} (SQL over the table, with the given named parameters)
     * one rung up; answers their ids.
     *
     * @param marker the column stamped with the instant (the timer breached, or the last escalation)
     * @param why    the reason in the step's note, before {@code ": escalated to <level>"}
     */
    public List<Long> climb(Ladder ladder, String condition, Map<String, ?> parameters, String marker, String why, Instant now) {
        List<Long> late = jdbc.sql("SELECT id FROM " + ladder.table() + " WHERE " + condition + " FOR UPDATE")
                .params(parameters).query(Long.class).list();
        if (late.isEmpty()) {
            return late;
        }
        Timestamp at = Timestamp.from(now.truncatedTo(ChronoUnit.SECONDS));
        String up = EscalationLevel.upSql("escalation_level");
        jdbc.sql("""
                INSERT INTO %s (%s, region_code, action, acted_at, actor, note)
                SELECT id, region_code, 'ESCALATED', :at, 'system', CONCAT(:why, ': escalated to ', %s)
                  FROM %s WHERE id IN (:ids)""".formatted(ladder.history(), ladder.historyKey(), up, ladder.table()))
                .param("at", at).param("why", why).param("ids", late).update();
        jdbc.sql("""
                UPDATE %s SET %s = :at, escalation_level = %s, version = version + 1, updated_at = :at
                 WHERE id IN (:ids)""".formatted(ladder.table(), marker, up))
                .param("at", at).param("ids", late).update();
        return late;
    }
}
