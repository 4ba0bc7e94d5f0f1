package org.xiangli.project;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.PageRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code Region.projects} pages of many units at once: one statement picks the first ids of
 * every unit (a window over each unit's projects, newest first), one loads those projects through
 * the entity filter, one counts per unit when the total is asked for. Units of one level with the
 * same arguments share the statements, so a list of units costs the same whatever its length.
 */
@Service
class RegionProjects {

    private static final String PAGE_IDS = """
            SELECT ranked.id, ranked.unit FROM (
                SELECT p.id, p.%1$s AS unit, ROW_NUMBER() OVER (PARTITION BY p.%1$s ORDER BY p.id DESC) AS row_in_unit
                  FROM project p
                 WHERE %2$s
            ) ranked
             WHERE ranked.row_in_unit <= :limit
            """;

    private static final String COUNTS = "SELECT p.%1$s AS unit, COUNT(*) AS n FROM project p WHERE %2$s GROUP BY p.%1$s";

    /**
     * One unit's page.
     *
     * @param code    the unit's division code
     * @param request the page asked for: its size, and the cursor (an id, newest first) it starts after
     * @param counted whether the client asked for the total
     */
    record Page(String code, RegionProjectFilter filter, PageRequest request, boolean counted) {

        Page {
            afterId(request);
        }

        /** What pages must share to be read by the same statements. */
        private Shape shape() {
            return new Shape(column(code), filter, request.size(), afterId(request), counted);
        }
    }

    private record Shape(String column, RegionProjectFilter filter, int size, @Nullable Long afterId, boolean counted) {
    }

    private final JdbcClient jdbc;
    private final ProjectDirectory directory;

    RegionProjects(JdbcClient jdbc, ProjectDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    Map<Page, Connection<Project>> load(Collection<Page> pages) {
        Map<Page, Connection<Project>> loaded = new HashMap<>();
        pages.stream().collect(Collectors.groupingBy(Page::shape, LinkedHashMap::new, Collectors.toList()))
                .forEach((shape, same) -> loaded.putAll(load(shape, same)));
        return loaded;
    }

    private Map<Page, Connection<Project>> load(Shape shape, List<Page> pages) {
        Set<String> codes = pages.stream().map(Page::code).collect(Collectors.toSet());
        Map<String, List<Long>> idsByUnit = shape.size() == 0 ? Map.of() : pageIds(shape, codes);
        Map<Long, Project> projects = directory.byIds(idsByUnit.values().stream().flatMap(List::stream).toList());
        Map<String, Long> totals = shape.counted() ? counts(shape, codes) : Map.of();

        Map<Page, Connection<Project>> connections = new HashMap<>();
        for (Page page : pages) {
            List<Project> rows = idsByUnit.getOrDefault(page.code(), List.of()).stream()
                    .map(projects::get).filter(Objects::nonNull).toList();
            boolean more = rows.size() > shape.size();
            List<Project> content = more ? rows.subList(0, shape.size()) : rows;
            Window<Project> window = Window.from(content, i -> ScrollPosition.forward(Map.of("id", content.get(i).getId())), more);
            long total = totals.getOrDefault(page.code(), 0L);
            connections.put(page, page.request().connection(window, () -> total));
        }
        return connections;
    }

    /** The ids of each unit's page, newest first, one more than the page to tell whether more follow. */
    private Map<String, List<Long>> pageIds(Shape shape, Set<String> codes) {
        Conditions where = conditions(shape, codes, true);
        where.params.put("limit", shape.size() + 1);
        Map<String, List<Long>> ids = new HashMap<>();
        jdbc.sql(PAGE_IDS.formatted(shape.column(), where.sql())).params(where.params).query(rs -> {
            ids.computeIfAbsent(rs.getString("unit"), u -> new ArrayList<>()).add(rs.getLong("id"));
        });
        ids.values().forEach(list -> list.sort((a, b) -> Long.compare(b, a)));
        return ids;
    }

    private Map<String, Long> counts(Shape shape, Set<String> codes) {
        Conditions where = conditions(shape, codes, false);
        Map<String, Long> totals = new HashMap<>();
        jdbc.sql(COUNTS.formatted(shape.column(), where.sql())).params(where.params).query(rs -> {
            totals.put(rs.getString("unit"), rs.getLong("n"));
        });
        return totals;
    }

    private record Conditions(List<String> conditions, Map<String, Object> params) {
        String sql() {
            return String.join(" AND ", conditions);
        }
    }

    private static Conditions conditions(Shape shape, Set<String> codes, boolean paged) {
        Scopes.Sql scope = Scopes.forProjects("p");
        Conditions where = new Conditions(new ArrayList<>(List.of("p." + shape.column() + " IN (:codes)", scope.condition())),
                new HashMap<>(scope.parameters()));
        where.params.put("codes", codes);
        RegionProjectFilter filter = shape.filter();
        if (filter.statuses() != null) {
            where.conditions.add("p.status IN (:statuses)");
            where.params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.categories() != null) {
            where.conditions.add("p.category IN (:categories)");
            where.params.put("categories", filter.categories().stream().map(Enum::name).toList());
        }
        if (paged && shape.afterId() != null) {
            where.conditions.add("p.id < :afterId");
            where.params.put("afterId", shape.afterId());
        }
        return where;
    }

    /** The id a page starts below; a cursor of another order (without an id alone) is refused. */
    private static @Nullable Long afterId(PageRequest request) {
        if (!(request.position() instanceof KeysetScrollPosition keyset) || keyset.isInitial()) {
            return null;
        }
        if (keyset.getKeys().size() != 1 || !(keyset.getKeys().get("id") instanceof Long id)) {
            throw ApiException.badRequest("after", "this cursor belongs to a list in another order: start again from the first page");
        }
        return id;
    }

    /** The project column holding a unit of the code's level; every region code is 6, 9 or 12 digits. */
    private static String column(String code) {
        String column = ProjectStatsGroup.withinColumn(code);
        return column != null ? column : "region_code";
    }
}
