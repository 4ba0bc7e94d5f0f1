package org.xiangli.project;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiangli.graphql.AskedFields;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.SelectionSql;
import org.xiangli.graphql.SqlRow;
import org.xiangli.region.Within;
import org.xiangli.security.SqlScope;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Project lists as one SQL statement ({@link SelectionSql}), page and {@code totalCount} together,
 * when they ask only for plain columns (and {@code overdue}, computed from two of them) and filter by
 * unit (a county, township or village code), statuses, categories and year: the same rows, order
 * and scope as {@link ProjectSpecifications#matching}.
 */
@Configuration(proxyBeanMethods = false)
class ProjectRows {

    static final SelectionSql.Table TABLE = new SelectionSql.Table("Project", "project", Scopes.PUBLISHED, SqlScope::filterParameters,
            columns(), Map.of("id", "id", "name", "name"), null);

    /** {@link Project#isOverdue} in SQL, against the due date the statement binds. */
    private static final String OVERDUE = "(status = 'IN_PROGRESS' AND reported_through IS NOT NULL AND reported_through < :dueThrough)";

    private final SelectionSql sql;
    private final Clock clock;

    ProjectRows(SelectionSql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Bean
    static SelectionSql.Table projectTable() {
        return TABLE;
    }

    Optional<Connection<SqlRow>> page(ProjectFilter filter, ProjectSort sort, PageRequest page,
                                      AskedFields selection) {
        if (!SelectionSql.pages(page) || filter.villageCode() != null || filter.overdue() != null
                || filter.nameContains() != null || !sql.covers(selection, TABLE)) {
            return Optional.empty();
        }
        String within = Within.code(filter.within(), "filter.within");
        String withinColumn = within == null ? null : ProjectStatsGroup.withinColumn(within);
        if (within != null && withinColumn == null) {
            return Optional.empty();
        }
        StringJoiner condition = new StringJoiner(" AND ").setEmptyValue("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("dueThrough", HalfMonth.dueThrough(CountyCalendar.today(clock)));
        if (withinColumn != null) {
            condition.add(withinColumn + " = :within");
            parameters.put("within", within);
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            condition.add("status IN (:statuses)");
            parameters.put("statuses", names(filter.statuses()));
        }
        if (filter.categories() != null && !filter.categories().isEmpty()) {
            condition.add("category IN (:categories)");
            parameters.put("categories", names(filter.categories()));
        }
        if (filter.year() != null) {
            condition.add("year = :year");
            parameters.put("year", filter.year());
        }
        return Optional.of(sql.page(TABLE, new SelectionSql.Where(condition.toString(), parameters), sort.sort(), page, selection));
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("name", "name");
        columns.put("category", "category");
        columns.put("owner", "owner");
        columns.put("ownerRegionCode", "region_code");
        columns.put("description", "description");
        columns.put("year", "year");
        columns.put("status", "status");
        columns.put("statusReason", "status_reason");
        columns.put("budgetTotal", "budget_total");
        columns.put("disbursedTotal", "disbursed_total");
        columns.put("paidTotal", "paid_total");
        columns.put("overdue", OVERDUE);
        return columns;
    }
}
