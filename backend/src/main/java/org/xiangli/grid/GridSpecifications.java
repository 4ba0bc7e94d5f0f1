package org.xiangli.grid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;

import java.util.Collection;

/** The conditions of grid reads; every read goes through {@link #visible()}. */
final class GridSpecifications {

    private GridSpecifications() {
    }

    /**
     * What the caller may see beyond the region filter: a grid worker only their own grid and its
     * micro grids (nothing without a post); everyone else what the filter lets through.
     */
    static Specification<Grid> visible() {
        Caller caller = CurrentCaller.get();
        if (!caller.isGridWorker()) {
            return Specification.unrestricted();
        }
        Long own = caller.grid();
        return (root, query, cb) -> own == null ? cb.disjunction()
                : cb.or(cb.equal(root.get("id"), own), cb.equal(root.get("parentId"), own));
    }

    static Specification<Grid> matching(GridInputs.GridFilter filter, @Nullable String withinPattern) {
        Specification<Grid> spec = visible();
        if (withinPattern != null) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("regionCode"), withinPattern));
        }
        if (filter.size() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("size"), filter.size()));
        }
        return spec;
    }

    static Specification<Grid> withIds(Collection<Long> ids) {
        return visible().and((root, query, cb) -> root.get("id").in(ids));
    }

    static Specification<Grid> inRegions(Collection<String> codes) {
        return visible().and((root, query, cb) -> root.get("regionCode").in(codes));
    }

    static Specification<Grid> childrenOf(Collection<Long> parentIds) {
        return visible().and((root, query, cb) -> root.get("parentId").in(parentIds));
    }
}
