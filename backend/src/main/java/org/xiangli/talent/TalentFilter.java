package org.xiangli.talent;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** The GraphQL {@code TalentFilter} input. */
public record TalentFilter(
        @Nullable String within,
        @Nullable List<TalentCategory> categories,
        @Nullable List<Whereabouts> whereabouts,
        @Nullable String industry) {

    public static final TalentFilter NONE = new TalentFilter(null, null, null, null);
}
