package org.xiangli.project;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The GraphQL {@code ProjectFilter} input. */
record ProjectFilter(
        @Nullable String within,
        @Nullable String villageCode,
        @Nullable List<ProjectCategory> categories,
        @Nullable List<ProjectStatus> statuses,
        @Nullable Integer year,
        @Nullable Boolean overdue,
        @Nullable String nameContains) {

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null, null);
}
