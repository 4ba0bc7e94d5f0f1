package org.xiangli.project;

import org.xiangli.security.CurrentCaller;
import org.xiangli.security.ScopePattern;
import org.xiangli.security.SqlScope;

import java.util.Map;

/**
 * The region scope of this module in its two forms: the {@code regionScope} filter conditions the
 * entities declare, and the same condition for native SQL, which Hibernate's filter does not reach.
 */
final class Scopes {

    /**
     * Projects: in scope, and published for the anonymous public. The county condition says again
     * what the LIKE implies (a pattern of a division code starts with its county's six digits), as an
     * equality the database can use to read a county's projects in id order.
     */
    static final String PUBLISHED = ScopePattern.REGION_OR_PUBLISHED
            + " and (county_code = substring(:" + ScopePattern.PARAMETER + ", 1, 6) or length(:" + ScopePattern.PARAMETER + ") < 7)";

    private Scopes() {
    }

    /**
     * The scope condition for native SQL on the {@code project} table under the given alias, with
     * its parameters (the caller's {@link SqlScope}). Every aggregate adds exactly this.
     */
    static Sql forProjects(String alias) {
        SqlScope scope = CurrentCaller.get().sqlScope();
        return new Sql(("%1$s.region_code LIKE :scopePattern"
                + " AND (%1$s.county_code = SUBSTRING(:scopePattern, 1, 6) OR LENGTH(:scopePattern) < 7)"
                + " AND (%1$s.published = TRUE OR :publicOnly = FALSE)").formatted(alias),
                Map.of("scopePattern", scope.pattern(), "publicOnly", scope.publicOnly()));
    }

    record Sql(String condition, Map<String, Object> parameters) {
    }
}
