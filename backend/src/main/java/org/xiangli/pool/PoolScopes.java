package org.xiangli.pool;

import org.xiangli.security.PublicOnly;
import org.xiangli.security.ScopePattern;

/** The {@code regionScope} filter conditions of the pool's entities. */
final class PoolScopes {

    /**
     * Rounds and their catalogues belong to a county but are read by every unit in it: in scope when
     * the round's county lies in the caller's scope, or the caller's scope lies in that county.
     */
    static final String COUNTY_WIDE = "(region_code like :" + ScopePattern.PARAMETER
            + " or :" + ScopePattern.PARAMETER + " like concat(region_code, '%'))";

    /** Applications: the village's code; the public sees those with a published decision only. */
    static final String PUBLISHED = "region_code like :" + ScopePattern.PARAMETER
            + " and (published = true or :" + PublicOnly.PARAMETER + " = false)";

    /** Rows that follow an application. */
    static final String REGION = "region_code like :" + ScopePattern.PARAMETER;

    private PoolScopes() {
    }
}
