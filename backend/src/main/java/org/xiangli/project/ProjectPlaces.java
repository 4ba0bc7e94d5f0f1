package org.xiangli.project;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xiangli.figures.Figures;
import org.xiangli.audit.MoveLog;
import org.xiangli.region.PlaceMove;
import org.xiangli.region.PlaceRecords;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Projects of merged or split villages: the projects a village owns (with their funding, movements,
 * transitions, bond stages, reports and evidence, which carry the owner's code) and the villages'
 * shares in projects of others. A project sharing both merged villages gets one share, their sum.
 */
@Component
@Order(10)
class ProjectPlaces implements PlaceRecords {

    private static final List<String> OWNED = List.of("project_funding", "fund_movement", "project_transition",
            "bond_stage", "progress_report", "evidence_file", "project_village");

    private final NamedParameterJdbcTemplate jdbc;
    private final MoveLog log;
    private final Figures figures;

    ProjectPlaces(NamedParameterJdbcTemplate jdbc, MoveLog log, Figures figures) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.log = log;
    }

    @Override
    public Map<String, Integer> move(PlaceMove move) {
        figures.changed(Figures.PROJECTS);
        Collection<Long> ids = move.selected(PlaceMove.PROJECTS);
        if (ids != null && ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", move.from());
        parameters.put("to", move.to());
        parameters.put("township", move.toTownship());
        parameters.put("county", move.toCounty());
        parameters.put("ids", ids == null ? List.of(-1L) : ids);
        String selected = ids == null ? "" : " AND id IN (:ids)";
        String selectedProject = ids == null ? "" : " AND project_id IN (:ids)";

        log.moving(ProjectDirectory.TYPE, "SELECT id, region_code FROM project WHERE region_code IN (:from)" + selected, parameters, move.to(), move.reason());
        int projects = jdbc.update("UPDATE project SET region_code = :to, township_code = :township, county_code = :county, version = version + 1"
                + " WHERE region_code IN (:from)" + selected, parameters);
        for (String table : OWNED) {
            jdbc.update("UPDATE " + table + " SET region_code = :to WHERE region_code IN (:from)" + selectedProject, parameters);
        }
        int shares = moveShares(move, parameters, selectedProject);
        Map<String, Integer> moved = new LinkedHashMap<>();
        moved.put(PlaceMove.PROJECTS, projects);
        moved.put("projectShares", shares);
        return moved;
    }

    /** The villages' shares; where a project ends up with two shares of the target, they become one. */
    private int moveShares(PlaceMove move, Map<String, Object> parameters, String selectedProject) {
        List<String> involved = new ArrayList<>(move.from());
        involved.add(move.to());
        parameters.put("involved", involved);
        List<Share> rows = jdbc.query("SELECT id, project_id, village_code, share FROM project_village WHERE village_code IN (:involved)"
                        + selectedProject + " ORDER BY project_id, id", parameters,
                (rs, n) -> new Share(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4)));
        if (rows.stream().noneMatch(row -> !row.village().equals(move.to()))) {
            return 0;
        }
        int moved = log.moving("ProjectVillage", "SELECT id, village_code AS region_code FROM project_village WHERE village_code IN (:from)"
                + selectedProject, parameters, move.to(), move.reason());
        Map<Long, List<Share>> byProject = rows.stream().collect(Collectors.groupingBy(Share::project, LinkedHashMap::new, Collectors.toList()));
        List<Long> single = new ArrayList<>();
        byProject.values().forEach(shares -> {
            if (shares.size() == 1) {
                single.add(shares.getFirst().id());
                return;
            }
            // rare: the project served two of the merged villages; one share of their sum remains
            Share kept = shares.stream().filter(share -> share.village().equals(move.to())).findFirst().orElse(shares.getFirst());
            BigDecimal sum = shares.stream().map(Share::share).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Long> dropped = shares.stream().map(Share::id).filter(id -> id != kept.id()).toList();
            jdbc.update("DELETE FROM project_village WHERE id IN (:dropped)", Map.of("dropped", dropped));
            jdbc.update("UPDATE project_village SET village_code = :to, share = :share WHERE id = :id",
                    Map.of("to", move.to(), "share", sum, "id", kept.id()));
        });
        if (!single.isEmpty()) {
            jdbc.update("UPDATE project_village SET village_code = :to WHERE id IN (:single) AND village_code <> :to",
                    Map.of("to", move.to(), "single", single));
        }
        return moved;
    }

    private record Share(long id, long project, String village, BigDecimal share) {
    }
}
