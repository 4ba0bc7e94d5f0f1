package org.xiangli.pool;

import org.xiangli.security.ScopePattern;

/** The {@code regionScope} filter conditions of the pool's entities. */
final class PoolScopes {

    /**
     * Rounds and their catalogues belong to a county but are read by every unit in it: in scope when
     * the round's county lies in the caller's scope, or the caller's scope lies in that county.
     */
    static final String COUNTY_WIDE = "(" + ScopePattern.REGION
            + " or :" + ScopePattern.PARAMETER + " like concat(region_code, '%'))";

    private PoolScopes() {
    }
}
