package org.xiangli.pool;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.xiangli.graphql.GlobalId;
import org.xiangli.region.Within;

import java.util.List;

/**
 * The GraphQL {@code PoolApplicationFilter} input. With {@code villageCode} it answers "what has this
 * village asked for over the years"; with {@code catalogueCode}, "which villages asked for this item".
 */
record PoolApplicationFilter(
        @Nullable String roundId,
        @Nullable String within,
        @Nullable String villageCode,
        @Nullable String catalogueCode,
        @Nullable List<ApplicationStatus> statuses,
        @Nullable Boolean includeRolledOver) {

    public static final PoolApplicationFilter NONE = new PoolApplicationFilter(null, null, null, null, null, null);

    static Specification<PoolApplication> specification(PoolApplicationFilter filter) {
        Specification<PoolApplication> spec = Specification.unrestricted();
        if (filter.roundId() != null) {
            long round = GlobalId.decode(filter.roundId(), PoolDirectory.ROUND, "filter.roundId");
            spec = spec.and((root, query, cb) -> cb.equal(root.get("roundId"), round));
        }
        String within = Within.pattern(filter.within(), "filter.within");
        if (within != null) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("regionCode"), within));
        }
        if (filter.villageCode() != null && !filter.villageCode().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("regionCode"), filter.villageCode().strip()));
        }
        if (filter.catalogueCode() != null && !filter.catalogueCode().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("catalogueCode"), filter.catalogueCode().strip()));
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            spec = spec.and((root, query, cb) -> root.get("status").in(filter.statuses()));
        }
        if (!Boolean.TRUE.equals(filter.includeRolledOver())) {
            // a rolled-over application lives on in its successor, which carries its history
            spec = spec.and((root, query, cb) -> cb.notEqual(root.get("status"), ApplicationStatus.ROLLED_OVER));
        }
        return spec;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
