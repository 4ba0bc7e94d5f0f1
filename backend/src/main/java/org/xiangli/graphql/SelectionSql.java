package org.xiangli.graphql;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A connection field compiled to one SQL statement, as PostGraphile does: when a client asks only
 * for plain columns of a table (no personal data, nothing computed in Java), its page, cursors and
 * {@code totalCount} come from one statement read straight into {@link SqlRow}s, without entities.
 * The statement applies the table's own {@code regionScope} filter condition with the caller's
 * parameters and pages exactly as {@link Paging} does (the sort, then the id, keyset cursors), so
 * both paths answer the same bytes. Everything else (other fields, backward paging) takes
 * {@link Paging}. Only identifiers from {@link Table} reach the SQL text; every value is bound.
 */
@Component
public class SelectionSql {

    /** Connection fields a compiled selection may ask for besides the table's columns. */
    private static final Set<String> PAGING = Set.of("totalCount", "nodes", "edges", "edges/cursor", "edges/node",
            "pageInfo", "pageInfo/hasNextPage", "pageInfo/hasPreviousPage", "pageInfo/startCursor", "pageInfo/endCursor");

    private final JdbcClient jdbc;

    SelectionSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A table a connection lists.
     *
     * @param type    the GraphQL type of its rows
     * @param name    the table
     * @param scope   the entity's {@code regionScope} filter condition
     * @param scopeParameters the caller's values of that condition's parameters, by name
     * @param columns GraphQL field → column, for the fields that are plain columns
     * @param keys    entity property → column, for every property a sort may name, the id included
     * @param tree    the field that lists a row's children in a tree of this table ({@link #tree}), or null
     */
    public record Table(String type, String name, String scope, Supplier<Map<String, Object>> scopeParameters,
                        Map<String, String> columns, Map<String, String> keys, @Nullable String tree) {

        String keyColumn(String property) {
            String column = keys.get(property);
            if (column == null) {
                throw new IllegalArgumentException(name + " has no key " + property);
            }
            return column;
        }
    }

    /** A filter condition on the table's columns with its bound parameters (names other than the scope's). */
    public record Where(String condition, Map<String, Object> parameters) {

        public static final Where ALL = new Where("1 = 1", Map.of());
    }

    /** True when the selection asks only for the table's columns and the connection's paging fields. */
    public boolean covers(DataFetchingFieldSelectionSet selection, Table table) {
        for (SelectedField field : selection.getFields()) {
            String name = field.getQualifiedName();
            if (name.endsWith("__typename") || PAGING.contains(name)) {
                continue;
            }
            int slash = name.lastIndexOf('/');
            String parent = slash < 0 ? "" : name.substring(0, slash);
            if (!(parent.equals("nodes") || parent.equals("edges/node")) || !table.columns().containsKey(field.getName())) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #page} can answer this request (forward pages of at least one row). */
    public static boolean pages(PageRequest page) {
        return !page.backward() && page.size() > 0;
    }

    /**
     * One page of the table's rows in the caller's scope, in the order of {@code sort} then the id,
     * with the total when asked: one statement either way.
     */
    public Connection<SqlRow> page(Table table, Where where, Sort sort, PageRequest page, boolean total) {
        List<Sort.Order> orders = keyOrder(table, sort);
        page.requireKeys(orders.stream().map(Sort.Order::getProperty).toList());
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        parameters.putAll(table.scopeParameters().get());
        parameters.put("selectionLimit", page.size() + 1);

        String filtered = " FROM " + table.name() + " WHERE (" + table.scope() + ") AND (" + where.condition() + ")";
        String rows = "SELECT " + columns(table, orders) + filtered
                + keyset(table, orders, (KeysetScrollPosition) page.position(), parameters)
                + " ORDER BY " + order(orders, table::keyColumn) + " LIMIT :selectionLimit";
        String sql = total
                ? "SELECT c.selection_total, p.* FROM (SELECT COUNT(*) AS selection_total" + filtered + ") c"
                + " LEFT JOIN (" + rows + ") p ON 1 = 1 ORDER BY " + order(orders, property -> "p." + keyAlias(orders, property))
                : rows;

        long[] counted = {0};
        List<SqlRow> found = jdbc.sql(sql).params(parameters).query((rs, i) -> {
            if (total) {
                counted[0] = rs.getLong("selection_total");
            }
            return rs.getObject(keyAlias(orders, orders.getFirst().getProperty())) == null ? null : row(rs, table, orders);
        }).list();
        List<SqlRow> content = found.stream().filter(Objects::nonNull).toList();
        boolean more = content.size() > page.size();
        List<SqlRow> shown = more ? content.subList(0, page.size()) : content;
        Window<SqlRow> window = Window.from(shown, i -> shown.get(i).position(), more);
        long totalCount = counted[0];
        return page.connection(window, () -> totalCount);
    }

    /**
     * How many levels of the table's {@link Table#tree} field a selection on one row asks for (0:
     * none), when it asks for nothing but columns on every level, at most {@code maxDepth}; else -1.
     */
    public static int treeDepth(DataFetchingFieldSelectionSet selection, Table table, int maxDepth) {
        int depth = 0;
        for (SelectedField field : selection.getFields()) {
            String[] path = field.getQualifiedName().split("/");
            for (int i = 0; i < path.length - 1; i++) {
                if (!path[i].equals(table.tree())) {
                    return -1;
                }
            }
            String last = path[path.length - 1];
            boolean child = last.equals(table.tree());
            if (!child && !table.columns().containsKey(last) && !last.equals("__typename")) {
                return -1;
            }
            depth = Math.max(depth, child ? path.length : path.length - 1);
        }
        return depth <= maxDepth ? depth : -1;
    }

    /**
     * One row and {@code depth} levels of its descendants in one statement, each level in the
     * caller's scope and in {@code order} of its key; null when the row is not in scope.
     *
     * @param link the condition that joins a child {@code %2$s} to its parent {@code %1$s} (aliases)
     */
    public @Nullable SqlRow tree(Table table, Where root, String link, String order, int depth) {
        Map<String, Object> parameters = new HashMap<>(root.parameters());
        parameters.putAll(table.scopeParameters().get());
        String inScope = "(SELECT * FROM " + table.name() + " WHERE (" + table.scope() + ")";
        StringJoiner select = new StringJoiner(", ", "SELECT ", "");
        StringBuilder from = new StringBuilder(" FROM " + inScope + " AND (" + root.condition() + ")) t0");
        StringJoiner orderBy = new StringJoiner(", ", " ORDER BY ", "").setEmptyValue("");
        for (int level = 0; level <= depth; level++) {
            String alias = "t" + level;
            select.add(alias + ".id AS t" + level + "_id");
            for (Map.Entry<String, String> column : table.columns().entrySet()) {
                select.add(alias + "." + column.getValue() + " AS t" + level + "_" + column.getKey());
            }
            if (level > 0) {
                from.append(" LEFT JOIN ").append(inScope).append(") ").append(alias)
                        .append(" ON ").append(link.formatted("t" + (level - 1), alias));
                orderBy.add(alias + "." + table.keyColumn(order) + " ASC");
            }
        }
        List<Map<Object, SqlRow>> levels = new ArrayList<>();
        for (int level = 0; level <= depth; level++) {
            levels.add(new LinkedHashMap<>());
        }
        jdbc.sql(select + from.toString() + orderBy).params(parameters).query(rs -> {
            SqlRow parent = null;
            for (int level = 0; level <= depth; level++) {
                Object id = rs.getObject("t" + level + "_id");
                if (id == null) {
                    break;
                }
                SqlRow row = levels.get(level).get(id);
                if (row == null) {
                    row = new SqlRow();
                    for (String field : table.columns().keySet()) {
                        row.put(field, rs.getObject("t" + level + "_" + field));
                    }
                    if (level < depth) {
                        row.put(table.tree(), new ArrayList<SqlRow>());
                    }
                    levels.get(level).put(id, row);
                    if (parent != null) {
                        @SuppressWarnings("unchecked")
                        List<SqlRow> siblings = (List<SqlRow>) parent.get(table.tree());
                        siblings.add(row);
                    }
                }
                parent = row;
            }
        });
        return levels.getFirst().values().stream().findFirst().orElse(null);
    }

    /** The sort as Spring Data's keyset scrolling runs it: the sort, then the id ascending unless sorted on. */
    private static List<Sort.Order> keyOrder(Table table, Sort sort) {
        List<Sort.Order> orders = new ArrayList<>(sort.toList());
        if (orders.stream().noneMatch(order -> order.getProperty().equals("id"))) {
            orders.add(Sort.Order.asc("id"));
        }
        return orders;
    }

    private static String columns(Table table, List<Sort.Order> orders) {
        StringJoiner select = new StringJoiner(", ");
        table.columns().forEach((field, column) -> select.add(column + " AS " + field));
        for (Sort.Order order : orders) {
            select.add(table.keyColumn(order.getProperty()) + " AS " + keyAlias(orders, order.getProperty()));
        }
        return select.toString();
    }

    /** Rows after the cursor: (k1 > v1) or (k1 = v1 and k2 > v2) …, each comparison in its key's direction. */
    private static String keyset(Table table, List<Sort.Order> orders, KeysetScrollPosition position,
                                 Map<String, Object> parameters) {
        if (position.isInitial()) {
            return "";
        }
        StringJoiner any = new StringJoiner(" OR ", " AND (", ")");
        for (int i = 0; i < orders.size(); i++) {
            StringJoiner all = new StringJoiner(" AND ", "(", ")");
            for (int j = 0; j <= i; j++) {
                Sort.Order order = orders.get(j);
                String parameter = "selectionKey" + j;
                parameters.put(parameter, position.getKeys().get(order.getProperty()));
                String operator = j < i ? " = " : order.isAscending() ? " > " : " < ";
                all.add(table.keyColumn(order.getProperty()) + operator + ":" + parameter);
            }
            any.add(all.toString());
        }
        return any.toString();
    }

    private static String order(List<Sort.Order> orders, Function<String, String> column) {
        StringJoiner order = new StringJoiner(", ");
        for (Sort.Order o : orders) {
            order.add(column.apply(o.getProperty()) + (o.isAscending() ? " ASC" : " DESC"));
        }
        return order.toString();
    }

    private static String keyAlias(List<Sort.Order> orders, String property) {
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).getProperty().equals(property)) {
                return "selection_key" + i;
            }
        }
        throw new IllegalArgumentException("not a sort key: " + property);
    }

    private static SqlRow row(ResultSet rs, Table table, List<Sort.Order> orders) throws SQLException {
        SqlRow row = new SqlRow();
        for (String field : table.columns().keySet()) {
            row.put(field, rs.getObject(field));
        }
        // the id first, then the sort's keys: the order Spring Data writes a keyset position in
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("id", rs.getObject(keyAlias(orders, "id")));
        for (Sort.Order order : orders) {
            keys.putIfAbsent(order.getProperty(), rs.getObject(keyAlias(orders, order.getProperty())));
        }
        row.position(ScrollPosition.forward(keys));
        return row;
    }
}
