package org.xiangli.graphql;

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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A connection field compiled to SQL, as PostGraphile does: when a client asks only for plain
 * columns of a table (no personal data, nothing computed in Java), its page and cursors come from
 * one statement read straight into {@link SqlRow}s, without entities, and its {@code totalCount}
 * from a second run beside it. The statements apply the table's own {@code regionScope} filter
 * condition with the caller's parameters and page exactly as {@link Paging} does (the sort, then
 * the id, keyset cursors), so both paths answer the same bytes. Everything else (other fields,
 * backward paging) takes {@link Paging}. Only identifiers from {@link Table} reach the SQL text;
 * every value is bound.
 */
@Component
public class SelectionSql {

    /** Connection fields a compiled selection may ask for besides the table's columns. */
    private static final Set<String> PAGING = Set.of("totalCount", "nodes", "edges", "edges/cursor", "edges/node",
            "pageInfo", "pageInfo/hasNextPage", "pageInfo/hasPreviousPage", "pageInfo/startCursor", "pageInfo/endCursor");

    private final JdbcClient jdbc;
    private final List<Nested> nested;

    SelectionSql(JdbcClient jdbc, List<Nested> nested) {
        this.jdbc = jdbc;
        this.nested = nested;
    }

    /**
     * A table a connection lists.
     *
     * @param type    the GraphQL type of its rows
     * @param name    the table
     * @param scope   the entity's {@code regionScope} filter condition
     * @param scopeParameters the caller's values of that condition's parameters, by name
     * @param columns GraphQL field → column, for the fields that are plain columns (in a table without
     *                a tree, also an expression over the row's columns and the filter's parameters)
     * @param keys    entity property → column, for every property a sort may name, the id included
     * @param tree    the field that lists a row's children in a tree of this table ({@link #tree}), or null
     */
    public record Table(String type, String name, String scope, Supplier<Map<String, Object>> scopeParameters,
                        Map<String, String> columns, Map<String, String> keys, @Nullable String tree) {

        /** Whether a row of this table answers the field: its global {@code id} or one of its columns. */
        boolean answers(String field) {
            return field.equals("id") || field.equals("__typename") || columns.containsKey(field);
        }

        String keyColumn(String property) {
            String column = keys.get(property);
            if (column == null) {
                throw new IllegalArgumentException(name + " has no key " + property);
            }
            return column;
        }
    }

    /**
     * A list of another table's rows under each row of a tree ({@code Region.hometownTalents}): the
     * rows whose {@code childColumn} equals the parent's {@code parentColumn}, in the caller's scope,
     * in the order of {@code keys} (then nothing else: the last key must be unique); no rows at all
     * when {@code readable} says the caller may not read the table.
     *
     * @param parentType the GraphQL type whose field lists them
     */
    public record Nested(String parentType, String field, Table table, String childColumn, String parentColumn,
                         List<String> keys, BooleanSupplier readable) {
    }

    /**
     * What a selection on one row of a tree asks for, when every level asks only for what
     * {@link #tree} reads: {@code depth} levels of the tree field and, on the last, maybe a nested
     * list; the columns asked for on any level of the tree, and on the nested list's rows.
     */
    public record TreeSelection(int depth, @Nullable Nested leafList, Set<String> columns, Set<String> leafColumns) {
    }

    /** A filter condition on the table's columns with its bound parameters (names other than the scope's). */
    public record Where(String condition, Map<String, Object> parameters) {

        public static final Where ALL = new Where("1 = 1", Map.of());
    }

    /** True when the selection asks only for the table's columns and the connection's paging fields. */
    public boolean covers(AskedFields selection, Table table) {
        for (String name : selection.paths()) {
            if (name.endsWith("__typename") || PAGING.contains(name)) {
                continue;
            }
            int slash = name.lastIndexOf('/');
            String parent = slash < 0 ? "" : name.substring(0, slash);
            if (!(parent.equals("nodes") || parent.equals("edges/node")) || !table.answers(name.substring(slash + 1))) {
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
     * with the total when asked: the page in one statement, the total in another beside it
     * ({@link CountBeside}).
     */
    public Connection<SqlRow> page(Table table, Where where, Sort sort, PageRequest page, AskedFields selection) {
        List<String> asked = asked(table, selection.names());
        List<Sort.Order> orders = keyOrder(table, sort);
        page.requireKeys(orders.stream().map(Sort.Order::getProperty).toList());
        Map<String, Object> filterParameters = new HashMap<>(where.parameters());
        filterParameters.putAll(table.scopeParameters().get());
        String filtered = " FROM " + table.name() + " WHERE (" + table.scope() + ") AND (" + where.condition() + ")";
        LongSupplier total = selection.contains("totalCount")
                ? CountBeside.start(jdbc, "SELECT COUNT(*)" + filtered, Collections.unmodifiableMap(filterParameters))
                : () -> 0;

        Map<String, Object> parameters = new HashMap<>(filterParameters);
        parameters.put("selectionLimit", page.size() + 1);
        String rows = "SELECT " + columns(table, asked, orders) + filtered
                + keyset(table, orders, (KeysetScrollPosition) page.position(), parameters)
                + " ORDER BY " + order(table, orders) + " LIMIT :selectionLimit";
        List<SqlRow> content = jdbc.sql(rows).params(parameters).query((rs, i) -> row(rs, table, asked, orders)).list();
        boolean more = content.size() > page.size();
        List<SqlRow> shown = more ? content.subList(0, page.size()) : content;
        Window<SqlRow> window = Window.from(shown, i -> shown.get(i).position(), more);
        long totalCount = total.getAsLong();
        return page.connection(window, () -> totalCount);
    }

    /**
     * What a selection on one row of the table asks for, when it is only columns on every level of
     * the {@link Table#tree} field, at most {@code maxDepth} levels, and maybe a {@link Nested} list
     * of columns on the last level; else null.
     */
    public @Nullable TreeSelection treeSelection(AskedFields selection, Table table, int maxDepth) {
        int depth = 0;
        Nested leafList = null;
        int leafListLevel = -1;
        Set<String> columns = new HashSet<>();
        Set<String> leafColumns = new HashSet<>();
        for (String qualified : selection.paths()) {
            String[] path = qualified.split("/");
            int level = 0;
            while (level < path.length && path[level].equals(table.tree())) {
                level++;
            }
            int rest = path.length - level;
            if (rest == 0) {
                depth = Math.max(depth, level);
                continue;
            }
            depth = Math.max(depth, level);
            if (rest == 1 && table.answers(path[level])) {
                columns.add(path[level]);
                continue;
            }
            Nested list = nestedList(table, path[level]);
            if (list == null || rest > 2 || (rest == 2 && !list.table().answers(path[level + 1]))
                    || (leafList != null && (leafList != list || leafListLevel != level))) {
                return null;
            }
            leafList = list;
            leafListLevel = level;
            if (rest == 2) {
                leafColumns.add(path[level + 1]);
            }
        }
        if (depth > maxDepth || (leafList != null && leafListLevel != depth)) {
            return null;
        }
        return new TreeSelection(depth, leafList, columns, leafColumns);
    }

    private @Nullable Nested nestedList(Table table, String field) {
        return nested.stream().filter(list -> list.parentType().equals(table.type()) && list.field().equals(field))
                .findFirst().orElse(null);
    }

    /**
     * One row and {@code depth} levels of its descendants in one statement, each level in the
     * caller's scope and in {@code order} of its key; null when the row is not in scope. A nested
     * list on the last level is one more statement, whatever the rows.
     *
     * @param link the condition that joins a child {@code %2$s} to its parent {@code %1$s} (aliases)
     */
    public @Nullable SqlRow tree(Table table, Where root, String link, String order, TreeSelection shape) {
        int depth = shape.depth();
        Map<String, Object> parameters = new HashMap<>(root.parameters());
        parameters.putAll(table.scopeParameters().get());
        String inScope = inScope(table);
        StringJoiner select = new StringJoiner(", ", "SELECT ", "");
        StringBuilder from = new StringBuilder(" FROM " + inScope + " AND (" + root.condition() + ")) t0");
        StringJoiner orderBy = new StringJoiner(", ", " ORDER BY ", "").setEmptyValue("");
        List<String> asked = asked(table, shape.columns());
        for (int level = 0; level <= depth; level++) {
            String alias = "t" + level;
            select.add(alias + ".id");
            for (String field : asked) {
                select.add(alias + "." + table.columns().get(field));
            }
            if (level > 0) {
                from.append(" LEFT JOIN ").append(inScope).append(") ").append(alias)
                        .append(" ON ").append(link.formatted("t" + (level - 1), alias));
                orderBy.add(alias + "." + table.keyColumn(order) + " ASC");
            }
        }
        List<Map<Long, SqlRow>> levels = new ArrayList<>();
        for (int level = 0; level <= depth; level++) {
            levels.add(new LinkedHashMap<>());
        }
        jdbc.sql(select + from.toString() + orderBy).params(parameters).query(rs -> {
            SqlRow parent = null;
            for (int level = 0; level <= depth; level++) {
                // each level's columns follow its id, in the order they were selected
                int first = level * (asked.size() + 1) + 1;
                long id = rs.getLong(first);
                if (rs.wasNull()) {
                    break;
                }
                SqlRow row = levels.get(level).get(id);
                if (row == null) {
                    row = new SqlRow(table.type(), id);
                    for (int i = 0; i < asked.size(); i++) {
                        row.put(asked.get(i), rs.getObject(first + 1 + i));
                    }
                    if (level < depth) {
                        row.put(table.tree(), new ArrayList<SqlRow>());
                    }
                    levels.get(level).put(id, row);
                    if (parent != null) {
                        children(parent, table.tree()).add(row);
                    }
                }
                parent = row;
            }
        });
        if (shape.leafList() != null) {
            leafLists(shape.leafList(), asked(shape.leafList().table(), shape.leafColumns()), levels.get(depth), "t" + depth, from, parameters);
        }
        return levels.getFirst().values().stream().findFirst().orElse(null);
    }

    /** The nested list of every row of the tree's last level, read through the tree's own joins. */
    private void leafLists(Nested list, List<String> asked, Map<Long, SqlRow> leaves, String leafAlias, CharSequence treeFrom,
                           Map<String, Object> parameters) {
        leaves.values().forEach(leaf -> leaf.put(list.field(), new ArrayList<SqlRow>()));
        if (!list.readable().getAsBoolean()) {
            return;
        }
        Table table = list.table();
        Map<String, Object> all = new HashMap<>(parameters);
        all.putAll(table.scopeParameters().get());
        StringJoiner select = new StringJoiner(", ", "SELECT ", "");
        select.add(leafAlias + ".id").add("n.id");
        asked.forEach(field -> select.add("n." + table.columns().get(field)));
        StringJoiner orderBy = new StringJoiner(", ", " ORDER BY ", "");
        list.keys().forEach(key -> orderBy.add("n." + table.keyColumn(key) + " ASC"));
        String sql = select + treeFrom.toString() + " JOIN " + inScope(table) + ") n ON n." + list.childColumn()
                + " = " + leafAlias + "." + list.parentColumn() + orderBy;
        jdbc.sql(sql).params(all).query(rs -> {
            SqlRow leaf = leaves.get(rs.getLong(1));
            SqlRow row = new SqlRow(table.type(), rs.getLong(2));
            for (int i = 0; i < asked.size(); i++) {
                row.put(asked.get(i), rs.getObject(3 + i));
            }
            children(leaf, list.field()).add(row);
        });
    }

    private static String inScope(Table table) {
        return "(SELECT * FROM " + table.name() + " WHERE (" + table.scope() + ")";
    }

    @SuppressWarnings("unchecked")
    private static List<SqlRow> children(SqlRow parent, String field) {
        return (List<SqlRow>) parent.get(field);
    }

    /** The sort as Spring Data's keyset scrolling runs it: the sort, then the id ascending unless sorted on. */
    private static List<Sort.Order> keyOrder(Table table, Sort sort) {
        List<Sort.Order> orders = new ArrayList<>(sort.toList());
        if (orders.stream().noneMatch(order -> order.getProperty().equals("id"))) {
            orders.add(Sort.Order.asc("id"));
        }
        return orders;
    }

    /** The table's columns among the fields, in the table's order: only what the client asked for is read. */
    private static List<String> asked(Table table, Set<String> fields) {
        return table.columns().keySet().stream().filter(fields::contains).toList();
    }

    private static String columns(Table table, List<String> asked, List<Sort.Order> orders) {
        StringJoiner select = new StringJoiner(", ");
        asked.forEach(field -> select.add(table.columns().get(field) + " AS " + field));
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

    private static String order(Table table, List<Sort.Order> orders) {
        StringJoiner order = new StringJoiner(", ");
        for (Sort.Order o : orders) {
            order.add(table.keyColumn(o.getProperty()) + (o.isAscending() ? " ASC" : " DESC"));
        }
        return order.toString();
    }

    private static String keyAlias(List<Sort.Order> orders, String property) {
        return "selection_key" + keyIndex(orders, property);
    }

    private static int keyIndex(List<Sort.Order> orders, String property) {
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).getProperty().equals(property)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a sort key: " + property);
    }

    /** A row read by position: the columns asked for, then the keys. */
    private static SqlRow row(ResultSet rs, Table table, List<String> asked, List<Sort.Order> orders) throws SQLException {
        int firstKey = 1 + asked.size();
        Object id = rs.getObject(firstKey + keyIndex(orders, "id"));
        SqlRow row = new SqlRow(table.type(), ((Number) id).longValue());
        for (int i = 0; i < asked.size(); i++) {
            row.put(asked.get(i), rs.getObject(1 + i));
        }
        // the id first, then the sort's keys: the order Spring Data writes a keyset position in
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("id", id);
        for (int i = 0; i < orders.size(); i++) {
            keys.putIfAbsent(orders.get(i).getProperty(), rs.getObject(firstKey + i));
        }
        row.position(ScrollPosition.forward(keys));
        return row;
    }
}
