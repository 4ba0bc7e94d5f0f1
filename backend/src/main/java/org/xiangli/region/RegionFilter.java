package org.xiangli.region;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The GraphQL {@code RegionFilter} input. */
record RegionFilter(
        @Nullable String parentCode,
        @Nullable String within,
        @Nullable List<RegionLevel> levels,
        @Nullable List<RegionKind> kinds,
        @Nullable String nameContains,
        @Nullable Boolean includeRetired) {

    public static final RegionFilter NONE = new RegionFilter(null, null, null, null, null, null);
}
