package org.xiangli.project;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The GraphQL {@code RegionProjectFilter} input of {@code Region.projects}. */
record RegionProjectFilter(@Nullable List<ProjectStatus> statuses, @Nullable List<ProjectCategory> categories) {

    static final RegionProjectFilter NONE = new RegionProjectFilter(null, null);

    /** The same filter whatever the order the lists came in, so equal filters batch together. */
    RegionProjectFilter normalized() {
        return new RegionProjectFilter(sorted(statuses), sorted(categories));
    }

    private static <E extends Enum<E>> @Nullable List<E> sorted(@Nullable List<E> values) {
        return values == null || values.isEmpty() ? null : values.stream().distinct().sorted().toList();
    }
}
