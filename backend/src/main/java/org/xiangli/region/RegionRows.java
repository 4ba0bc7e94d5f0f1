package org.xiangli.region;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.SelectionSql;
import org.xiangli.graphql.SqlRow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Region lists as one SQL statement ({@link SelectionSql}) when they ask only for plain columns of
 * current units by parent: what a page of a township's villages needs. The same rows, order and
 * scope as {@link RegionSpecifications#matching}.
 */
@Configuration(proxyBeanMethods = false)
class RegionRows {

    static final SelectionSql.Table TABLE = new SelectionSql.Table("Region", "region", Region.SCOPE,
            columns(), Map.of("id", "id", "code", "code", "name", "name"));

    private final SelectionSql sql;

    RegionRows(SelectionSql sql) {
        this.sql = sql;
    }

    @Bean
    static SelectionSql.Table regionTable() {
        return TABLE;
    }

    Optional<Connection<SqlRow>> page(RegionFilter filter, RegionSort sort, PageRequest page,
                                      DataFetchingFieldSelectionSet selection) {
        if (!SelectionSql.pages(page) || !onlyParent(filter) || !sql.covers(selection, TABLE)) {
            return Optional.empty();
        }
        // the parent is read under the scope too, as the filter reaches the criteria subquery
        SelectionSql.Where children = new SelectionSql.Where("retired_at IS NULL AND parent_id IN "
                + "(SELECT parent.id FROM region parent WHERE parent.code = :parentCode AND parent." + Region.SCOPE + ")",
                Map.of("parentCode", filter.parentCode()));
        return Optional.of(sql.page(TABLE, children, sort.sort(), page, selection.contains("totalCount")));
    }

    private static boolean onlyParent(RegionFilter filter) {
        return filter.parentCode() != null && filter.within() == null && filter.levels() == null
                && filter.kinds() == null && filter.nameContains() == null && !Boolean.TRUE.equals(filter.includeRetired());
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("code", "code");
        columns.put("level", "level");
        columns.put("kind", "kind");
        columns.put("name", "name");
        columns.put("description", "description");
        columns.put("population", "population");
        columns.put("households", "households");
        return columns;
    }
}
