package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.ApiException;
import org.xiangli.region.Within;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.SqlScope;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Key figures of the alert loop, computed in SQL within the caller's scope (native SQL is not
 * filtered by Hibernate, so every statement carries the scope pattern, {@link SqlScope#pattern()}):
 * one statement for the period's alerts and one for the kits, whatever the rows. A {@link Figures}
 * figure of the alerts, kept per scope and question for the freshness and computed anew after any
 * alert is raised or worked; the period left open ends when it is computed ({@code asOf}). No
 * transaction: the period's figures come from one statement, so they agree with each other, and a
 * kept answer costs no round trip.
 */
@Component
class AlertKpiReport {

    private static final Duration PERIOD = Duration.ofDays(30);

    /**
     * The period's alerts read once and grouped three ways, told apart by {@code part}: 0 by township,
     * kind and outcome (the counts and the service targets), 1 by seconds to acknowledge and 2 by
     * seconds to arrive on site (the durations' distributions, whose percentiles are read from them).
     */
    private static final String PERIOD_ALERTS = """
            SELECT part, township, kind, outcome, seconds, COUNT(*) AS n, SUM(ack_ok) AS ack_ok, SUM(ack_due) AS ack_due,
                   SUM(urgent) AS urgent, SUM(onsite_ok) AS onsite_ok, SUM(escalated) AS escalated
              FROM (SELECT p.part,
                           CASE WHEN p.part = 0 THEN SUBSTRING(a.region_code, 1, 9) END AS township,
                           CASE WHEN p.part = 0 THEN a.kind END AS kind,
                           CASE WHEN p.part = 0 THEN a.outcome END AS outcome,
                           CASE p.part WHEN 1 THEN TIMESTAMPDIFF(SECOND, a.raised_at, a.acknowledged_at)
                                       WHEN 2 THEN TIMESTAMPDIFF(SECOND, a.raised_at, a.on_site_at) END AS seconds,
                           CASE WHEN a.acknowledged_at IS NOT NULL
                                     AND TIMESTAMPDIFF(SECOND, a.raised_at, a.acknowledged_at) <= :ack THEN 1 ELSE 0 END AS ack_ok,
                           CASE WHEN a.acknowledged_at IS NOT NULL OR a.raised_at <= :ackDue THEN 1 ELSE 0 END AS ack_due,
                           CASE WHEN a.urgency >= 3 AND (a.on_site_at IS NOT NULL OR a.raised_at <= :onsiteDue) THEN 1 ELSE 0 END AS urgent,
                           CASE WHEN a.urgency >= 3 AND a.on_site_at IS NOT NULL
                                     AND TIMESTAMPDIFF(SECOND, a.raised_at, a.on_site_at) <= :onsite THEN 1 ELSE 0 END AS onsite_ok,
                           CASE WHEN a.acknowledge_breached_at IS NOT NULL OR a.on_site_breached_at IS NOT NULL
                                     OR a.follow_up_breached_at IS NOT NULL THEN 1 ELSE 0 END AS escalated
                      FROM alert a CROSS JOIN (SELECT 0 AS part UNION ALL SELECT 1 UNION ALL SELECT 2) p
                     WHERE a.region_code LIKE :scope AND a.region_code LIKE :within AND a.raised_at >= :from AND a.raised_at < :to
                       AND (p.part = 0 OR p.part = 1 AND a.acknowledged_at IS NOT NULL OR p.part = 2 AND a.on_site_at IS NOT NULL)) w
             GROUP BY part, township, kind, outcome, seconds""";

    private final JdbcClient jdbc;
    private final ElderCareProperties properties;
    private final Clock clock;
    private final Figures figures;

    AlertKpiReport(JdbcClient jdbc, ElderCareProperties properties, Clock clock, Figures figures) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.figures = figures;
    }

    record Kpis(int total, List<KindCount> byKind, List<OutcomeCount> byOutcome, Percentiles acknowledgeSeconds,
                Percentiles onSiteSeconds, @Nullable Double falseAlarmRate, List<TownshipSla> slaByTownship,
                DeviceHealth deviceHealth, Instant asOf) {
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

    /** Everything an answer depends on: the caller's scope (and whether they see the unknown serials) and the arguments. */
    private record Question(SqlScope scope, boolean unrestricted, String within, @Nullable Instant from, @Nullable Instant to) {
    }

    Kpis report(@Nullable String within, @Nullable Instant from, @Nullable Instant to) {
        Within.code(within, "within");
        Period asked = period(from, to, clock.instant());
        if (!asked.start().isBefore(asked.end())) {
            throw ApiException.badRequest("from", "the period must start before it ends");
        }
        Caller caller = CurrentCaller.get();
        Question question = new Question(caller.sqlScope(), caller.isUnrestricted(), within == null ? "%" : within + "%", from, to);
        return figures.ofStatement(Figures.ALERTS, question, asOf -> compute(question, period(from, to, asOf), asOf));
    }

    private record Period(Instant start, Instant end) {
    }

    /** The period asked, or the 30 days up to the end of the current second: the MySQL driver may round stored times to the second. */
    private static Period period(@Nullable Instant from, @Nullable Instant to, Instant now) {
        Instant end = to == null ? now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1) : to;
        return new Period(from == null ? end.minus(PERIOD) : from, end);
    }

    private Kpis compute(Question question, Period period, Instant asOf) {
        // the targets are judged at the end of the period, or now when the period reaches into the future
        Instant judged = period.end().isBefore(asOf) ? period.end() : asOf;
        ElderCareProperties.Timers timers = properties.timers();
        Map<String, Object> parameters = Map.of("scope", question.scope().pattern(), "within", question.within(),
                "from", Timestamp.from(period.start()), "to", Timestamp.from(period.end()),
                "ack", timers.acknowledge().toSeconds(), "onsite", timers.onSite().toSeconds(),
                // an alert whose target has not passed yet is neither in time nor late: it is left out of the share
                "ackDue", Timestamp.from(judged.minus(timers.acknowledge())),
                "onsiteDue", Timestamp.from(judged.minus(timers.onSite())));
        SortedMap<String, Integer> byKind = new TreeMap<>();
        SortedMap<String, Integer> byOutcome = new TreeMap<>();
        SortedMap<String, int[]> byTownship = new TreeMap<>();
        SortedMap<Long, Integer> acknowledge = new TreeMap<>();
        SortedMap<Long, Integer> onSite = new TreeMap<>();
        jdbc.sql(PERIOD_ALERTS).params(parameters).query(rs -> {
            int n = rs.getInt("n");
            switch (rs.getInt("part")) {
                case 0 -> {
                    byKind.merge(rs.getString("kind"), n, Integer::sum);
                    String outcome = rs.getString("outcome");
                    if (outcome != null) {
                        byOutcome.merge(outcome, n, Integer::sum);
                    }
                    int[] sla = byTownship.computeIfAbsent(rs.getString("township"), township -> new int[6]);
                    int[] add = {n, rs.getInt("ack_ok"), rs.getInt("ack_due"), rs.getInt("urgent"), rs.getInt("onsite_ok"), rs.getInt("escalated")};
                    for (int i = 0; i < add.length; i++) {
                        sla[i] += add[i];
                    }
                }
                case 1 -> acknowledge.merge(rs.getLong("seconds"), n, Integer::sum);
                default -> onSite.merge(rs.getLong("seconds"), n, Integer::sum);
            }
        });
        int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
        int resolved = byOutcome.values().stream().mapToInt(Integer::intValue).sum();
        Double falseAlarms = resolved == 0 ? null : byOutcome.getOrDefault(AlertOutcome.FALSE_ALARM.name(), 0) / (double) resolved;
        return new Kpis(total,
                byKind.entrySet().stream().map(e -> new KindCount(AlertKind.valueOf(e.getKey()), e.getValue())).toList(),
                byOutcome.entrySet().stream().map(e -> new OutcomeCount(AlertOutcome.valueOf(e.getKey()), e.getValue())).toList(),
                percentiles(acknowledge), percentiles(onSite), falseAlarms,
                byTownship.entrySet().stream().map(e -> sla(e.getKey(), e.getValue())).toList(),
                deviceHealth(question), asOf);
    }

    private static TownshipSla sla(String township, int[] sums) {
        int due = sums[2];
        int urgent = sums[3];
        return new TownshipSla(township, sums[0], due == 0 ? null : sums[1] / (double) due,
                urgent == 0 ? null : sums[4] / (double) urgent, sums[5]);
    }

    /** Nearest-rank percentiles of the durations, given as seconds → how many alerts took them. */
    private static Percentiles percentiles(SortedMap<Long, Integer> seconds) {
        int count = seconds.values().stream().mapToInt(Integer::intValue).sum();
        if (count == 0) {
            return new Percentiles(0, null, null, null, null);
        }
        return new Percentiles(count, rank(seconds, count, 0.50), rank(seconds, count, 0.90), rank(seconds, count, 0.95),
                rank(seconds, count, 0.99));
    }

    private static Double rank(SortedMap<Long, Integer> seconds, int count, double quantile) {
        int rank = Math.max(1, (int) Math.ceil(quantile * count));
        int seen = 0;
        for (Map.Entry<Long, Integer> duration : seconds.entrySet()) {
            seen += duration.getValue();
            if (seen >= rank) {
                return duration.getKey().doubleValue();
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + count);
    }

    private DeviceHealth deviceHealth(Question question) {
        // the serials that belong to no kit are platform-wide: counted for the platform's admins only
        String unknown = question.unrestricted() ? "(SELECT COUNT(*) FROM unknown_device)" : "0";
        return jdbc.sql("""
                        SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN s.online THEN 1 ELSE 0 END), 0) AS up,
                               COALESCE(SUM(CASE WHEN s.battery < :low THEN 1 ELSE 0 END), 0) AS low, %s AS unknown
                          FROM device d LEFT JOIN device_status s ON s.device_id = d.id
                         WHERE d.region_code LIKE :scope AND d.region_code LIKE :within AND d.decommissioned_at IS NULL"""
                        .formatted(unknown))
                .param("scope", question.scope().pattern()).param("within", question.within()).param("low", properties.rules().lowBattery())
                .query((rs, row) -> new DeviceHealth(rs.getInt("n"), rs.getInt("up"), rs.getInt("n") - rs.getInt("up"),
                        rs.getInt("low"), rs.getInt("unknown")))
                .single();
    }
}
