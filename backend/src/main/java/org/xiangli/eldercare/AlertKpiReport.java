package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.ApiException;
import org.xiangli.region.Within;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.SqlScope;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Key figures of the alert loop, computed in SQL within the caller's scope (native SQL is not
 * filtered by Hibernate, so every statement carries the scope pattern, {@link SqlScope#pattern()}).
 * Percentiles are nearest-rank, read by the database at their offset in the sorted durations, so no
 * table is loaded into Java.
 */
@Component
@Transactional(readOnly = true)
class AlertKpiReport {

    private final JdbcClient jdbc;
    private final ElderCareProperties properties;
    private final Clock clock;

    AlertKpiReport(JdbcClient jdbc, ElderCareProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    record Kpis(int total, List<KindCount> byKind, List<OutcomeCount> byOutcome, Percentiles acknowledgeSeconds,
                Percentiles onSiteSeconds, @Nullable Double falseAlarmRate, List<TownshipSla> slaByTownship,
                DeviceHealth deviceHealth) {
    }

    record KindCount(AlertKind kind, int count) {
    }

    record OutcomeCount(AlertOutcome outcome, int count) {
    }

    record Percentiles(int count, @Nullable Double p50, @Nullable Double p90, @Nullable Double p95, @Nullable Double p99) {
    }

    record TownshipSla(String townshipCode, int alerts, @Nullable Double acknowledgedInTime, @Nullable Double onSiteInTime, int escalated) {
    }

    record DeviceHealth(int total, int online, int offline, int lowBattery, int unknownSerials) {
    }

    Kpis report(@Nullable String within, @Nullable Instant from, @Nullable Instant to) {
        Within.code(within, "within");
        // up to the end of the current second: the MySQL driver may round stored times to the second
        Instant end = to == null ? clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1) : to;
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
        if (!start.isBefore(end)) {
            throw ApiException.badRequest("from", "the period must start before it ends");
        }
        Caller caller = CurrentCaller.get();
        Window window = new Window(caller.sqlScope(), within == null ? "%" : within + "%", Timestamp.from(start), Timestamp.from(end));
        List<KindCount> byKind = jdbc.sql("SELECT kind, COUNT(*) AS n FROM alert WHERE " + Window.WHERE + " GROUP BY kind ORDER BY kind")
                .params(window.params()).query((rs, row) -> new KindCount(AlertKind.valueOf(rs.getString("kind")), rs.getInt("n"))).list();
        List<OutcomeCount> byOutcome = jdbc.sql("SELECT outcome, COUNT(*) AS n FROM alert WHERE " + Window.WHERE
                        + " AND outcome IS NOT NULL GROUP BY outcome ORDER BY outcome")
                .params(window.params()).query((rs, row) -> new OutcomeCount(AlertOutcome.valueOf(rs.getString("outcome")), rs.getInt("n"))).list();
        int total = byKind.stream().mapToInt(KindCount::count).sum();
        int resolved = byOutcome.stream().mapToInt(OutcomeCount::count).sum();
        Double falseAlarms = resolved == 0 ? null : byOutcome.stream().filter(o -> o.outcome() == AlertOutcome.FALSE_ALARM)
                .mapToInt(OutcomeCount::count).sum() / (double) resolved;
        return new Kpis(total, byKind, byOutcome, percentiles(window, "acknowledged_at"), percentiles(window, "on_site_at"),
                falseAlarms, sla(window), deviceHealth(caller, window));
    }

    private record Window(SqlScope scope, String within, Timestamp from, Timestamp to) {
        static final String WHERE = "region_code LIKE :scope AND region_code LIKE :within AND raised_at >= :from AND raised_at < :to";

        java.util.Map<String, Object> params() {
            return java.util.Map.of("scope", scope.pattern(), "within", within, "from", from, "to", to);
        }
    }

    private Percentiles percentiles(Window window, String column) {
        String durations = "FROM alert WHERE " + Window.WHERE + " AND " + column + " IS NOT NULL";
        int count = jdbc.sql("SELECT COUNT(*) " + durations).params(window.params()).query(Integer.class).single();
        if (count == 0) {
            return new Percentiles(0, null, null, null, null);
        }
        List<Double> values = new ArrayList<>();
        for (double quantile : new double[] {0.50, 0.90, 0.95, 0.99}) {
            int offset = Math.max(0, (int) Math.ceil(quantile * count) - 1);
            values.add(jdbc.sql("SELECT TIMESTAMPDIFF(SECOND, raised_at, " + column + ") AS d " + durations
                            + " ORDER BY d LIMIT 1 OFFSET " + offset)
                    .params(window.params()).query(Double.class).single());
        }
        return new Percentiles(count, values.get(0), values.get(1), values.get(2), values.get(3));
    }

    private List<TownshipSla> sla(Window window) {
        return jdbc.sql("""
                SELECT SUBSTRING(region_code, 1, 9) AS township, COUNT(*) AS n,
                       SUM(CASE WHEN acknowledged_at IS NOT NULL AND TIMESTAMPDIFF(SECOND, raised_at, acknowledged_at) <= :ack THEN 1 ELSE 0 END) AS ack_ok,
                       SUM(CASE WHEN acknowledged_at IS NOT NULL OR raised_at <= :ackDue THEN 1 ELSE 0 END) AS ack_due,
                       SUM(CASE WHEN urgency >= 3 AND (on_site_at IS NOT NULL OR raised_at <= :onsiteDue) THEN 1 ELSE 0 END) AS urgent,
                       SUM(CASE WHEN urgency >= 3 AND on_site_at IS NOT NULL AND TIMESTAMPDIFF(SECOND, raised_at, on_site_at) <= :onsite THEN 1 ELSE 0 END) AS onsite_ok,
                       SUM(CASE WHEN acknowledge_breached_at IS NOT NULL OR on_site_breached_at IS NOT NULL
                                 OR follow_up_breached_at IS NOT NULL THEN 1 ELSE 0 END) AS escalated
                  FROM alert WHERE """ + " " + Window.WHERE + " GROUP BY SUBSTRING(region_code, 1, 9) ORDER BY township")
                .params(window.params())
                .param("ack", properties.timers().acknowledge().toSeconds())
                .param("onsite", properties.timers().onSite().toSeconds())
                // an alert whose target has not passed yet is neither in time nor late: it is left out of the share
                .param("ackDue", Timestamp.from(asOf(window).minus(properties.timers().acknowledge())))
                .param("onsiteDue", Timestamp.from(asOf(window).minus(properties.timers().onSite())))
                .query((rs, row) -> {
                    int n = rs.getInt("n");
                    int due = rs.getInt("ack_due");
                    int urgent = rs.getInt("urgent");
                    return new TownshipSla(rs.getString("township"), n, due == 0 ? null : rs.getInt("ack_ok") / (double) due,
                            urgent == 0 ? null : rs.getInt("onsite_ok") / (double) urgent, rs.getInt("escalated"));
                }).list();
    }

    /** The moment the targets are judged at: the end of the period, or now when the period reaches into the future. */
    private Instant asOf(Window window) {
        Instant now = clock.instant();
        Instant end = window.to().toInstant();
        return end.isBefore(now) ? end : now;
    }

    private DeviceHealth deviceHealth(Caller caller, Window window) {
        DeviceHealth health = jdbc.sql("""
                SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN s.online THEN 1 ELSE 0 END), 0) AS up,
                       COALESCE(SUM(CASE WHEN s.battery < :low THEN 1 ELSE 0 END), 0) AS low
                  FROM device d LEFT JOIN device_status s ON s.device_id = d.id
                 WHERE d.region_code LIKE :scope AND d.region_code LIKE :within AND d.decommissioned_at IS NULL""")
                .param("scope", window.scope().pattern()).param("within", window.within()).param("low", properties.rules().lowBattery())
                .query((rs, row) -> new DeviceHealth(rs.getInt("n"), rs.getInt("up"), rs.getInt("n") - rs.getInt("up"), rs.getInt("low"), 0))
                .single();
        int unknown = caller.isUnrestricted() ? jdbc.sql("SELECT COUNT(*) FROM unknown_device").query(Integer.class).single() : 0;
        return new DeviceHealth(health.total(), health.online(), health.offline(), health.lowBattery(), unknown);
    }
}
