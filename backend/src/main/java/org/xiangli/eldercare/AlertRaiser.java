package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.figures.Figures;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raises alerts, or joins a repeated trigger to the active alert of the same key (kind and elder,
 * or kind and device for device health). A new alert starts at the GRID rung when its elder has a
 * grid (the grid worker answers first), at the VILLAGE rung otherwise. The database keeps one active alert per key (unique
 * {@code open_key}); the active rows are locked while joining, so two instances cannot both raise.
 * Runs inside the caller's transaction (the event batch or the rule job) and publishes one
 * {@link AlertChange} per alert touched, delivered after commit.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AlertRaiser {

    /** One firing of a rule. */
    record Trigger(AlertKind kind, long elderId, @Nullable Long deviceId, String regionCode, Instant at,
                   @Nullable Instant conditionSince, @Nullable String eventId, String detail) {

        String openKey() {
            return kind.name() + ":" + (kind.perDevice() ? "D" + deviceId : "E" + elderId);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Alerts alerts;
    private final ApplicationEventPublisher events;
    private final Figures figures;

    /** JdbcClient has no batch API; the template joins the same transaction. */
    AlertRaiser(JdbcClient jdbc, JdbcTemplate template, Alerts alerts, ApplicationEventPublisher events, Figures figures) {
        this.jdbc = jdbc;
        this.template = template;
        this.alerts = alerts;
        this.events = events;
        this.figures = figures;
    }

    /** Raises or joins; returns the number of new alerts. */
    int raise(Collection<Trigger> triggers, Instant now) {
        if (triggers.isEmpty()) {
            return 0;
        }
        Map<String, List<Trigger>> byKey = new LinkedHashMap<>();
        triggers.forEach(trigger -> byKey.computeIfAbsent(trigger.openKey(), key -> new ArrayList<>()).add(trigger));
        Map<String, Long> active = activeAlerts(byKey.keySet());
        Timestamp at = Timestamp.from(now);
        List<Long> joined = new ArrayList<>();
        List<String> raised = new ArrayList<>();
        List<Object[]> joins = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (Map.Entry<String, List<Trigger>> entry : byKey.entrySet()) {
            List<Trigger> group = entry.getValue();
            Timestamp last = Timestamp.from(group.stream().map(Trigger::at).max(Instant::compareTo).orElseThrow());
            Long id = active.get(entry.getKey());
            if (id != null) {
                joins.add(new Object[] {group.size(), last, at, id});
                joined.add(id);
            } else {
                Trigger first = group.getFirst();
                inserts.add(new Object[] {first.elderId(), first.deviceId(), first.regionCode(), first.kind().name(),
                        first.kind().severity().name(), first.kind().severity().rank(), entry.getKey(), at,
                        first.conditionSince() == null ? null : Timestamp.from(first.conditionSince()), last, group.size(),
                        first.eventId(), first.detail(), first.elderId(), at, at});
                raised.add(entry.getKey());
            }
        }
        if (!joins.isEmpty()) {
            template.batchUpdate("""
                    UPDATE alert SET trigger_count = trigger_count + ?, last_triggered_at = GREATEST(last_triggered_at, ?),
                           version = version + 1, updated_at = ?
                     WHERE id = ?""", joins);
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO alert (elder_id, device_id, region_code, kind, severity, urgency, status, open_key,
                                       raised_at, condition_since, last_triggered_at, trigger_count, trigger_event_id,
                                       detail, escalation_level, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'RAISED', ?, ?, ?, ?, ?, ?, ?,
                            (SELECT CASE WHEN e.grid_id IS NULL THEN 'VILLAGE' ELSE 'GRID' END FROM elder e WHERE e.id = ?),
                            0, ?, ?)""", inserts);
        }
        List<Long> raisedIds = raised.isEmpty() ? List.of() : new ArrayList<>(activeAlerts(raised).values());
        if (!raisedIds.isEmpty()) {
            // a repeated trigger changes no figure; a new alert does
            figures.changed(Figures.ALERTS);
            jdbc.sql("""
                    INSERT INTO alert_step (alert_id, region_code, action, acted_at, actor, note)
                    SELECT id, region_code, 'RAISED', :at, 'system', detail FROM alert WHERE id IN (:ids)""")
                    .param("at", Timestamp.from(now.truncatedTo(ChronoUnit.SECONDS))).param("ids", raisedIds).update();
        }
        Map<Long, AlertChange.Action> changes = new LinkedHashMap<>();
        raisedIds.forEach(id -> changes.put(id, AlertChange.Action.RAISED));
        joined.forEach(id -> changes.put(id, AlertChange.Action.JOINED));
        publish(changes);
        return raisedIds.size();
    }

    /** Publishes changes of alerts written in SQL, as the entities the subscription shows, loaded in one query. */
    void publish(Map<Long, AlertChange.Action> changes) {
        if (!changes.isEmpty()) {
            alerts.findByIdIn(changes.keySet()).forEach(alert -> events.publishEvent(new AlertChange(changes.get(alert.getId()), alert)));
        }
    }

    private Map<String, Long> activeAlerts(Collection<String> keys) {
        Map<String, Long> found = new HashMap<>();
        jdbc.sql("SELECT id, open_key FROM alert WHERE open_key IN (:keys) FOR UPDATE").param("keys", keys)
                .query((rs, row) -> found.put(rs.getString("open_key"), rs.getLong("id"))).list();
        return found;
    }
}
