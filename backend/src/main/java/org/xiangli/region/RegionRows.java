package org.xiangli.region;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiangli.graphql.AskedFields;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.SelectionSql;
import org.xiangli.graphql.SqlRow;
import org.xiangli.security.SqlScope;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Region reads as one SQL statement ({@link SelectionSql}) when they ask only for plain columns: a
 * list of current units by parent (a page of a township's villages), with the same rows, order and
 * scope as {@link RegionSpecifications#matching}; a unit by code with up to two levels of children
 * (a county's townships and their villages), as {@code region(code)} and {@code children} read them,
 * the last level maybe with a nested list of another table ({@link SelectionSql.Nested}: its hometown talents).
 */
@Configuration(proxyBeanMethods = false)
class RegionRows {

    static final SelectionSql.Table TABLE = new SelectionSql.Table("Region", "region", Region.SCOPE, SqlScope::filterParameters,
            columns(), Map.of("id", "id", "code", "code", "name", "name"), "children");

    private final SelectionSql sql;

    RegionRows(SelectionSql sql) {
        this.sql = sql;
    }

    @Bean
    static SelectionSql.Table regionTable() {
        return TABLE;
    }

    Optional<Connection<SqlRow>> page(RegionFilter filter, RegionSort sort, PageRequest page,
                                      AskedFields selection) {
        if (!SelectionSql.pages(page) || !onlyParent(filter) || !sql.covers(selection, TABLE)) {
            return Optional.empty();
        }
        // the parent is read under the scope too, as the filter reaches the criteria subquery
        SelectionSql.Where children = new SelectionSql.Where("retired_at IS NULL AND parent_id IN "
                + "(SELECT id FROM region WHERE code = :parentCode AND " + Region.SCOPE + ")",
                Map.of("parentCode", filter.parentCode()));
        return Optional.of(sql.page(TABLE, children, sort.sort(), page, selection));
    }

    /** Levels of {@code children} a compiled {@code region(code)} reads in its one statement. */
    static final int TREE_DEPTH = 2;

    /**
     * A unit and up to {@value #TREE_DEPTH} levels of its current children, by code, as
     * {@code region(code)} and {@code children} read them; empty when the selection needs the entities.
     */
    Optional<Optional<SqlRow>> unit(String code, AskedFields selection) {
        SelectionSql.TreeSelection shape = sql.treeSelection(selection, TABLE, TREE_DEPTH);
        if (shape == null) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(sql.tree(TABLE, new SelectionSql.Where("code = :code", Map.of("code", code)),
                "%2$s.parent_id = %1$s.id AND %2$s.retired_at IS NULL", "code", shape)));
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
        columns.put("syntheticCode", "code_synthetic");
        columns.put("version", "version");
        return columns;
    }
}
