package org.xiangli.region;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One move of records between villages: from the source codes to the target code. {@code only}
 * null moves everything the sources hold (a merge, or the rest of a split); otherwise only the
 * records whose database ids are listed under their kind ({@link #PROJECTS}, {@link #TALENTS},
 * {@link #ELDERS}, {@link #GRIDS}) move, with what hangs from them (an elder's kit and alerts, a
 * grid's workers and matters); kinds not listed move nothing. {@code reason} goes into each audit entry.
 */
public record PlaceMove(List<String> from, String to, @Nullable Map<String, Collection<Long>> only, String reason) {

    public static final String PROJECTS = "projects";
    public static final String TALENTS = "talents";
    public static final String ELDERS = "elders";
    public static final String GRIDS = "grids";

    public PlaceMove {
        from = List.copyOf(from);
        only = only == null ? null : Map.copyOf(only);
    }

    /** True when everything of the sources moves. */
    public boolean everything() {
        return only == null;
    }

    /** The selected ids of a kind: null for all of them (everything moves), empty for none. */
    public @Nullable Collection<Long> selected(String kind) {
        return only == null ? null : only.getOrDefault(kind, List.of());
    }

    /** The target's township code (a village's first nine digits). */
    public String toTownship() {
        return to.substring(0, 9);
    }

    /** The target's county code. */
    public String toCounty() {
        return to.substring(0, 6);
    }
}
