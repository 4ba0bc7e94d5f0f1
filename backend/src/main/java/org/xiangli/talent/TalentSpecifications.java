package org.xiangli.talent;

import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/** Criteria for talent lists, one per filter field. The scope itself is the Hibernate filter's job. */
final class TalentSpecifications {

    private TalentSpecifications() {
    }

    static Specification<Talent> matching(TalentFilter filter) {
        Specification<Talent> spec = Specification.unrestricted();
        if (filter.within() != null) {
            String code = TalentAccess.checkedCode(filter.within(), "filter.within");
            spec = spec.and((root, query, cb) -> cb.like(root.get("regionCode"), code + "%"));
        }
        if (filter.categories() != null && !filter.categories().isEmpty()) {
            spec = spec.and((root, query, cb) -> root.get("category").in(filter.categories()));
        }
        if (filter.whereabouts() != null && !filter.whereabouts().isEmpty()) {
            spec = spec.and((root, query, cb) -> root.get("whereabouts").in(filter.whereabouts()));
        }
        if (filter.industry() != null && !filter.industry().isBlank()) {
            String industry = filter.industry().strip().toLowerCase(Locale.ROOT);
            spec = spec.and((root, query, cb) -> cb.equal(cb.lower(root.get("industry")), industry));
        }
        return spec;
    }

    static Specification<Talent> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }
}
