package org.xiangli.matter;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.ApiException;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.region.Within;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.xiangli.matter.MatterEnums.MatterKind;

/**
 * Key figures of the ledger, in SQL within the caller's scope ({@link Caller#sqlScope()}; a grid
 * worker's figures are those of the matters they see). The median is nearest-rank, read by the
 * database at its offset in the sorted durations.
 */
@Component
@Transactional(readOnly = true)
class MatterKpiReport {

    private static final String OPEN = "status IN ('REPORTED', 'DISPATCHED', 'IN_HAND', 'RETURNED')";

    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final Clock clock;

    MatterKpiReport(JdbcClient jdbc, RegionDirectory regions, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.clock = clock;
    }

    record Kpis(int total, int closed, @Nullable Double onTimeClosureRate, @Nullable Double medianSecondsToClose, int overdueNow,
                List<KindCount> byKind, List<RegionCount> byRegion) {
    }

    record KindCount(MatterKind kind, int count) {
    }

    record RegionCount(Region region, int count, int closed, int overdue) {
    }

    Kpis report(@Nullable String within, @Nullable Instant from, @Nullable Instant to) {
        Within.code(within, "within");
        Instant now = clock.instant();
        Instant end = to == null ? now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1) : to;
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
        if (!start.isBefore(end)) {
            throw ApiException.badRequest("from", "the period must start before it ends");
        }
        Caller caller = CurrentCaller.get();
        String base = within != null ? within : caller.sqlScope().prefix() == null ? "" : caller.sqlScope().prefix();
        int groupLength = switch (base.length()) {
            case 0 -> 6;
            case 6 -> 9;
            default -> 12;
        };
        Map<String, Object> params = new HashMap<>();
        params.put("scope", caller.sqlScope().pattern());
        params.put("within", within == null ? "%" : within + "%");
        params.put("from", Timestamp.from(start));
        params.put("to", Timestamp.from(end));
        params.put("now", Timestamp.from(now));
        params.put("worker", caller.isGridWorker() ? 1 : 0);
        params.put("grid", caller.grid() == null ? -1L : caller.grid());
        params.put("me", caller.name());
        String scoped = "region_code LIKE :scope AND region_code LIKE :within"
                + " AND (:worker = 0 OR grid_id = :grid OR reported_by = :me OR (owner_kind = 'GRID_WORKER' AND owner_ref = :me))";
        String period = scoped + " AND reported_at >= :from AND reported_at < :to";

        List<KindCount> byKind = jdbc.sql("SELECT kind, COUNT(*) AS n FROM matter WHERE " + period + " GROUP BY kind ORDER BY kind")
                .params(params).query((rs, row) -> new KindCount(MatterKind.valueOf(rs.getString("kind")), rs.getInt("n"))).list();
        int total = byKind.stream().mapToInt(KindCount::count).sum();
        record Closure(int closed, int onTime) {
        }
        Closure closure = jdbc.sql("SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN on_time THEN 1 ELSE 0 END), 0) AS ok FROM matter WHERE "
                        + period + " AND status = 'CLOSED'")
                .params(params).query((rs, row) -> new Closure(rs.getInt("n"), rs.getInt("ok"))).single();
        Double median = null;
        if (closure.closed() > 0) {
            int offset = Math.max(0, (int) Math.ceil(0.5 * closure.closed()) - 1);
            median = jdbc.sql("SELECT TIMESTAMPDIFF(SECOND, reported_at, closed_at) AS d FROM matter WHERE " + period
                            + " AND status = 'CLOSED' ORDER BY d LIMIT 1 OFFSET " + offset)
                    .params(params).query(Double.class).single();
        }
        int overdueNow = jdbc.sql("SELECT COUNT(*) FROM matter WHERE " + scoped + " AND " + OPEN + " AND deadline < :now")
                .params(params).query(Integer.class).single();

        record Row(String code, int count, int closed, int overdue) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT SUBSTRING(region_code, 1, %d) AS unit, COUNT(*) AS n,
                               SUM(CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END) AS closed,
                               SUM(CASE WHEN %s AND deadline < :now THEN 1 ELSE 0 END) AS overdue
                          FROM matter WHERE %s GROUP BY SUBSTRING(region_code, 1, %d) ORDER BY unit"""
                        .formatted(groupLength, OPEN, period, groupLength))
                .params(params).query((rs, row) -> new Row(rs.getString("unit"), rs.getInt("n"), rs.getInt("closed"), rs.getInt("overdue")))
                .list();
        Map<String, Region> units = regions.byCodes(rows.stream().map(Row::code).toList());
        List<RegionCount> byRegion = new ArrayList<>();
        for (Row row : rows) {
            Region unit = units.get(row.code());
            if (unit != null) {
                byRegion.add(new RegionCount(unit, row.count(), row.closed(), row.overdue()));
            }
        }
        return new Kpis(total, closure.closed(), closure.closed() == 0 ? null : closure.onTime() / (double) closure.closed(), median,
                overdueNow, byKind, byRegion);
    }
}
