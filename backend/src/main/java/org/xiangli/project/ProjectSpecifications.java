package org.xiangli.project;

import org.springframework.data.jpa.domain.Specification;
import org.xiangli.region.Within;

import java.time.LocalDate;

/** Criteria for project lists, one per filter field. */
final class ProjectSpecifications {

    private ProjectSpecifications() {
    }

    static Specification<Project> matching(ProjectFilter filter, LocalDate today) {
        Specification<Project> spec = Specification.unrestricted();
        String within = Within.code(filter.within(), "filter.within");
        if (within != null) {
            spec = spec.and(within(within));
        }
        if (filter.villageCode() != null && !filter.villageCode().isBlank()) {
            spec = spec.and(serving(filter.villageCode().strip()));
        }
        if (filter.categories() != null && !filter.categories().isEmpty()) {
            spec = spec.and((root, query, cb) -> root.get("category").in(filter.categories()));
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            spec = spec.and((root, query, cb) -> root.get("status").in(filter.statuses()));
        }
        if (filter.year() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("year"), filter.year()));
        }
        if (filter.overdue() != null) {
            Specification<Project> overdue = overdue(today);
            spec = spec.and(filter.overdue() ? overdue : Specification.not(overdue));
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("name"), "%" + escape(filter.nameContains().strip()) + "%", '\\'));
        }
        return spec;
    }

    /** Equality on the column of the unit's level where there is one, so the index also gives the order. */
    private static Specification<Project> within(String code) {
        String column = ProjectStatsGroup.withinColumn(code);
        if (column != null) {
            String attribute = switch (column) {
                case "county_code" -> "countyCode";
                case "township_code" -> "townshipCode";
                default -> "regionCode";
            };
            return (root, query, cb) -> cb.equal(root.get(attribute), code);
        }
        return (root, query, cb) -> cb.like(root.get("regionCode"), escape(code) + "%", '\\');
    }

    static Specification<Project> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    /** The same rule as {@link Project#isOverdue}, in SQL. */
    private static Specification<Project> overdue(LocalDate today) {
        return (root, query, cb) -> cb.and(
                cb.equal(root.get("status"), ProjectStatus.IN_PROGRESS),
                cb.lessThan(root.get("reportedThrough"), HalfMonth.dueThrough(today)));
    }

    private static Specification<Project> serving(String villageCode) {
        return (root, query, cb) -> {
            var shares = query.subquery(Long.class);
            var share = shares.from(ProjectVillage.class);
            shares.select(share.get("projectId")).where(cb.equal(share.get("villageCode"), villageCode));
            return root.get("id").in(shares);
        };
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
