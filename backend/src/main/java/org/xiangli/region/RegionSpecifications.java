package org.xiangli.region;

import org.springframework.data.jpa.domain.Specification;

import java.util.Collection;

/** Criteria for region lists, one per filter field. */
final class RegionSpecifications {

    private RegionSpecifications() {
    }

    static Specification<Region> matching(RegionFilter filter) {
        Specification<Region> spec = Boolean.TRUE.equals(filter.includeRetired()) ? Specification.unrestricted() : current();
        if (filter.parentCode() != null) {
            spec = spec.and(childOf(filter.parentCode()));
        }
        String within = Within.code(filter.within(), "filter.within");
        if (within != null) {
            spec = spec.and(below(within));
        }
        if (filter.levels() != null && !filter.levels().isEmpty()) {
            spec = spec.and(in("level", filter.levels()));
        }
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            spec = spec.and(in("kind", filter.kinds()));
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            spec = spec.and(nameContains(filter.nameContains().strip()));
        }
        return spec;
    }

    static Specification<Region> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    private static Specification<Region> current() {
        return (root, query, cb) -> cb.isNull(root.get("retiredAt"));
    }

    /** The parent is looked up in the same statement, so a page of children costs one query. */
    private static Specification<Region> childOf(String parentCode) {
        return (root, query, cb) -> {
            var parent = query.subquery(Long.class);
            var parentRoot = parent.from(Region.class);
            parent.select(parentRoot.get("id")).where(cb.equal(parentRoot.get("code"), parentCode));
            return root.get("parentId").in(parent);
        };
    }

    private static Specification<Region> below(String ancestorCode) {
        return (root, query, cb) -> cb.and(
                cb.like(root.get("code"), escape(ancestorCode) + "%", '\\'),
                cb.notEqual(root.get("code"), ancestorCode));
    }

    private static Specification<Region> in(String attribute, Collection<?> values) {
        return (root, query, cb) -> root.get(attribute).in(values);
    }

    private static Specification<Region> nameContains(String text) {
        return (root, query, cb) -> cb.like(root.get("name"), "%" + escape(text) + "%", '\\');
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
