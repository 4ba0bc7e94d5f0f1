package org.xiangli.eldercare;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.time.CountyCalendar;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that fire on the absence of events (INACTIVITY, DOOR_IDLE, DOOR_NIGHT, DEVICE_OFFLINE),
 * evaluated for a given instant (the service timers that escalate breached alerts are
 * {@link AlertEscalation}, in the one escalation sweep). An absence
 * fires once per stretch: an alert of the kind triggered since the stretch began means it fired
 * already. Called by {@link RuleSchedule} (once across instances) and, with a chosen instant, by tests.
 * Read committed: under repeatable read the scans would lock every status row they pass and the gaps
 * of the alert indexes until the run commits, holding up the event writers (a panic alert among them).
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
class RuleEvaluation {

    private final JdbcClient jdbc;
    private final AlertRaiser raiser;
    private final ElderCareProperties properties;
    private final ZoneId zone;

    RuleEvaluation(JdbcClient jdbc, AlertRaiser raiser, ElderCareProperties properties) {
        this.jdbc = jdbc;
        this.raiser = raiser;
        this.properties = properties;
        this.zone = CountyCalendar.ZONE;
    }

    /** What one evaluation did. */
    public record Outcome(int raised, int wentOffline) {
    }

    /**
     * Evaluates the rules and timers at {@code now} for the elders and alerts below (or of) the
     * division code {@code within} ({@code ""} for all).
     */
    public Outcome evaluate(Instant now, String within) {
        String scope = within + "%";
        int offline = markOffline(now, scope);
        List<AlertRaiser.Trigger> triggers = new ArrayList<>();
        triggers.addAll(inactivity(now, scope));
        triggers.addAll(doorIdle(now, scope));
        triggers.addAll(doorNight(now, scope));
        triggers.addAll(deviceOffline(now, scope));
        return new Outcome(raiser.raise(triggers, now), offline);
    }

    private static final String NOT_SILENCED = """
            NOT EXISTS (SELECT 1 FROM elder_silence s WHERE s.elder_id = e.id AND s.ended_at IS NULL
                        AND s.starts_at <= :now AND s.expires_at > :now)""";

    private static final String NOT_FIRED = """
            NOT EXISTS (SELECT 1 FROM alert a WHERE a.elder_id = e.id AND a.kind = :kind AND a.last_triggered_at >= %s)""";

    /** No motion for the elder's span, counting only time inside their day window. */
    private List<AlertRaiser.Trigger> inactivity(Instant now, String scope) {
        ElderCareProperties.Rules rules = properties.rules();
        record Candidate(long id, String region, Instant since, Duration span, LocalTime start, LocalTime end) {
        }
        List<Candidate> candidates = jdbc.sql("""
                SELECT e.id, e.region_code, COALESCE(ea.last_motion_at, d.created_at) AS since,
                       e.inactivity_minutes, e.day_start, e.day_end
                  FROM elder e JOIN device d ON d.elder_id = e.id AND d.type = 'MOTION_SENSOR' AND d.decommissioned_at IS NULL
                       LEFT JOIN elder_activity ea ON ea.elder_id = e.id
                 WHERE e.region_code LIKE :scope
                   AND COALESCE(ea.last_motion_at, d.created_at) <= :earliest
                   AND""" + " " + NOT_SILENCED + " AND " + NOT_FIRED.formatted("COALESCE(ea.last_motion_at, d.created_at)"))
                .param("scope", scope).param("now", Timestamp.from(now)).param("kind", AlertKind.INACTIVITY.name())
                .param("earliest", Timestamp.from(now.minus(Duration.ofMinutes(60))))
                .query((rs, row) -> new Candidate(rs.getLong("id"), rs.getString("region_code"), rs.getTimestamp("since").toInstant(),
                        rs.getObject("inactivity_minutes") == null ? rules.inactivity() : Duration.ofMinutes(rs.getInt("inactivity_minutes")),
                        rs.getTime("day_start") == null ? rules.dayStart() : rs.getTime("day_start").toLocalTime(),
                        rs.getTime("day_end") == null ? rules.dayEnd() : rs.getTime("day_end").toLocalTime()))
                .list();
        List<AlertRaiser.Trigger> triggers = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!insideWindow(now, c.start(), c.end())) {
                continue;
            }
            Duration quiet = DayWindows.overlap(c.since(), now, c.start(), c.end(), zone);
            if (quiet.compareTo(c.span()) >= 0) {
                triggers.add(new AlertRaiser.Trigger(AlertKind.INACTIVITY, c.id(), null, c.region(), now, c.since(), null,
                        "no motion for " + quiet.toMinutes() / 60 + " h " + quiet.toMinutes() % 60 + " min of the day window since " + c.since()));
            }
        }
        return triggers;
    }

    private boolean insideWindow(Instant now, LocalTime start, LocalTime end) {
        LocalTime local = now.atZone(zone).toLocalTime();
        return !local.isBefore(start) && local.isBefore(end);
    }

    /** The door not opened for the idle span (24 h by default). */
    private List<AlertRaiser.Trigger> doorIdle(Instant now, String scope) {
        return jdbc.sql("""
                SELECT e.id, e.region_code, COALESCE(ea.last_door_open_at, d.created_at) AS since
                  FROM elder e JOIN device d ON d.elder_id = e.id AND d.type = 'DOOR_CONTACT' AND d.decommissioned_at IS NULL
                       LEFT JOIN elder_activity ea ON ea.elder_id = e.id
                 WHERE e.region_code LIKE :scope
                   AND COALESCE(ea.last_door_open_at, d.created_at) <= :limit
                   AND""" + " " + NOT_SILENCED + " AND " + NOT_FIRED.formatted("COALESCE(ea.last_door_open_at, d.created_at)"))
                .param("scope", scope).param("now", Timestamp.from(now)).param("kind", AlertKind.DOOR_IDLE.name())
                .param("limit", Timestamp.from(now.minus(properties.rules().doorIdle())))
                .query((rs, row) -> new AlertRaiser.Trigger(AlertKind.DOOR_IDLE, rs.getLong("id"), null, rs.getString("region_code"), now,
                        rs.getTimestamp("since").toInstant(), null, "door not opened since " + rs.getTimestamp("since").toInstant()))
                .list();
    }

    /** The door opened at night and no motion after it for the configured minutes. */
    private List<AlertRaiser.Trigger> doorNight(Instant now, String scope) {
        ElderCareProperties.Rules rules = properties.rules();
        return jdbc.sql("""
                SELECT e.id, e.region_code, ea.last_door_open_at AS since
                  FROM elder e JOIN elder_activity ea ON ea.elder_id = e.id
                 WHERE e.region_code LIKE :scope
                   AND ea.last_door_open_at IS NOT NULL AND ea.last_door_open_at <= :limit AND ea.last_door_open_at > :oldest
                   AND (ea.last_motion_at IS NULL OR ea.last_motion_at <= ea.last_door_open_at)
                   AND""" + " " + NOT_SILENCED + " AND " + NOT_FIRED.formatted("ea.last_door_open_at"))
                .param("scope", scope).param("now", Timestamp.from(now)).param("kind", AlertKind.DOOR_NIGHT.name())
                .param("limit", Timestamp.from(now.minus(rules.nightNoMotion())))
                .param("oldest", Timestamp.from(now.minus(Duration.ofHours(12))))
                .query((rs, row) -> new AlertRaiser.Trigger(AlertKind.DOOR_NIGHT, rs.getLong("id"), null, rs.getString("region_code"), now,
                        rs.getTimestamp("since").toInstant(), null, "door opened at " + rs.getTimestamp("since").toInstant() + ", no motion since"))
                .list().stream()
                .filter(trigger -> DayWindows.atNight(trigger.conditionSince(), rules.nightStart(), rules.nightEnd(), zone))
                .toList();
    }

    /** Devices that sent no heartbeat for the offline span. */
    private List<AlertRaiser.Trigger> deviceOffline(Instant now, String scope) {
        return jdbc.sql("""
                SELECT d.id, d.elder_id, d.region_code, d.serial, COALESCE(s.last_heartbeat_at, d.created_at) AS since
                  FROM device d LEFT JOIN device_status s ON s.device_id = d.id
                 WHERE d.region_code LIKE :scope AND COALESCE(s.last_heartbeat_at, d.created_at) <= :limit AND d.decommissioned_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.device_id = d.id AND a.kind = 'DEVICE_OFFLINE'
                                   AND a.last_triggered_at >= COALESCE(s.last_heartbeat_at, d.created_at))""")
                .param("scope", scope).param("limit", Timestamp.from(now.minus(properties.rules().offlineAfter())))
                .query((rs, row) -> new AlertRaiser.Trigger(AlertKind.DEVICE_OFFLINE, rs.getLong("elder_id"), rs.getLong("id"),
                        rs.getString("region_code"), now, rs.getTimestamp("since").toInstant(), null,
                        "no heartbeat from " + rs.getString("serial") + " since " + rs.getTimestamp("since").toInstant()))
                .list();
    }

    private int markOffline(Instant now, String scope) {
        return jdbc.sql("""
                UPDATE device_status SET online = FALSE
                 WHERE online = TRUE
                   AND EXISTS (SELECT 1 FROM device d WHERE d.id = device_status.device_id AND d.region_code LIKE :scope
                               AND COALESCE(device_status.last_heartbeat_at, d.created_at) <= :limit)""")
                .param("scope", scope).param("limit", Timestamp.from(now.minus(properties.rules().offlineAfter()))).update();
    }

    /** Local-time window arithmetic of the rules. */
    static final class DayWindows {

        private DayWindows() {
        }

        /** How much of [from, to) lies inside the daily window [start, end) of the zone. */
        static Duration overlap(Instant from, Instant to, LocalTime start, LocalTime end, ZoneId zone) {
            Duration total = Duration.ZERO;
            LocalDate day = from.atZone(zone).toLocalDate();
            LocalDate last = to.atZone(zone).toLocalDate();
            for (; !day.isAfter(last); day = day.plusDays(1)) {
                Instant windowStart = LocalDateTime.of(day, start).atZone(zone).toInstant();
                Instant windowEnd = LocalDateTime.of(day, end).atZone(zone).toInstant();
                Instant a = from.isAfter(windowStart) ? from : windowStart;
                Instant b = to.isBefore(windowEnd) ? to : windowEnd;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
            return total;
        }

        /** Whether an instant lies in the night [start, end), which may span midnight. */
        static boolean atNight(Instant at, LocalTime start, LocalTime end, ZoneId zone) {
            LocalTime local = at.atZone(zone).toLocalTime();
            return start.isAfter(end)
                    ? !local.isBefore(start) || local.isBefore(end)
                    : !local.isBefore(start) && local.isBefore(end);
        }
    }
}
