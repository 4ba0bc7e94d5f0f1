package org.xiangli.project;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.xiangli.figures.Figures;
import org.xiangli.region.Within;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dashboard aggregates: one GROUP BY in the database, limited to the caller's scope by {@link
 * Scopes#forProjects} (native SQL is not reached by the entity filter), kept as a {@link Figures}
 * figure keyed by the statement and its parameters (the scope among them).
 */
@Service
class ProjectStatistics {

    private static final String SQL = """
            SELECT %1$s AS group_key,
                   COUNT(*) AS projects,
                   COALESCE(SUM(p.budget_total), 0) AS budget,
                   COALESCE(SUM(p.disbursed_total), 0) AS disbursed,
                   COALESCE(SUM(p.paid_total), 0) AS paid,
                   SUM(CASE WHEN p.status IN ('COMPLETED', 'SETTLED') THEN 1 ELSE 0 END) AS completed,
                   SUM(CASE WHEN p.status <> 'CANCELLED' THEN 1 ELSE 0 END) AS not_cancelled,
                   SUM(CASE WHEN p.status = 'IN_PROGRESS' AND p.reported_through < :dueThrough THEN 1 ELSE 0 END) AS overdue,
                   SUM(CASE WHEN p.status = 'IN_PROGRESS' THEN 1 ELSE 0 END) AS in_progress
              FROM project p
             WHERE %2$s
             GROUP BY %1$s
             ORDER BY %1$s
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Figures figures;

    ProjectStatistics(JdbcClient jdbc, Clock clock, Figures figures) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.figures = figures;
    }

    public List<ProjectStatsRow> stats(ProjectStatsGroup group, ProjectFilter filter) {
        Scopes.Sql scope = Scopes.forProjects("p");
        List<String> conditions = new ArrayList<>(List.of(scope.condition()));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        LocalDate dueThrough = HalfMonth.dueThrough(CountyCalendar.today(clock));
        params.put("dueThrough", dueThrough);
        String within = Within.code(filter.within(), "filter.within");
        if (within != null) {
            String column = ProjectStatsGroup.withinColumn(within);
            conditions.add(column != null ? "p." + column + " = :within" : "p.region_code LIKE :within");
            params.put("within", column != null ? within : within + "%");
        }
        if (filter.villageCode() != null && !filter.villageCode().isBlank()) {
            conditions.add("p.id IN (SELECT v.project_id FROM project_village v WHERE v.village_code = :village)");
            params.put("village", filter.villageCode().strip());
        }
        if (filter.categories() != null && !filter.categories().isEmpty()) {
            conditions.add("p.category IN (:categories)");
            params.put("categories", filter.categories().stream().map(Enum::name).toList());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            conditions.add("p.status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.year() != null) {
            conditions.add("p.year = :year");
            params.put("year", filter.year());
        }
        if (filter.overdue() != null) {
            String overdue = "(p.status = 'IN_PROGRESS' AND p.reported_through < :dueThrough)";
            conditions.add(filter.overdue() ? overdue : "NOT " + overdue);
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            conditions.add("p.name LIKE :name");
            params.put("name", "%" + ProjectSpecifications.escape(filter.nameContains().strip()) + "%");
        }
        String sql = SQL.formatted(group.expression(), String.join(" AND ", conditions));
        return figures.ofStatement(Figures.PROJECTS, List.of(sql, Map.copyOf(params)), asOf -> jdbc.sql(sql).params(params)
                .query((rs, row) -> new ProjectStatsRow(
                        rs.getString("group_key"), rs.getLong("projects"), rs.getBigDecimal("budget"), rs.getBigDecimal("disbursed"),
                        rs.getBigDecimal("paid"), rs.getLong("completed"), rs.getLong("not_cancelled"), rs.getLong("overdue"),
                        rs.getLong("in_progress"), asOf)).list());
    }
}
