package org.xiangli.security;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * A caller's region scope as query parameters, for the reads the {@code regionScope} filter does
 * not reach: native SQL takes {@link #pattern()} (and {@link #publicOnly()} where a table has a
 * published flag), the search engine takes {@link #prefix()}. The filter's own parameters are read
 * from here too ({@link ScopePattern}, {@link PublicOnly}), so every form says the same. A caller
 * who sees nothing (a signed-in caller without a valid region, or nobody at all) gets a pattern
 * that matches nothing and no prefix: reads fail closed.
 *
 * @param prefix     the division-code prefix of the codes in scope: {@code 330523} for a county caller,
 *                   empty for the whole tree (the unrestricted, and the public, which then sees only
 *                   published data), null when nothing is in scope
 * @param publicOnly true for the anonymous public, who may read only published records
 */
public record SqlScope(@Nullable String prefix, boolean publicOnly) {

    /** No division code starts with this, so a LIKE on it matches nothing. */
    private static final String NO_CODE = "~";

    /** Nothing in scope. */
    public static final SqlScope NONE = new SqlScope(null, false);

    /**
     * The current caller's values of the {@code regionScope} filter's parameters, by their names,
     * for SQL that states an entity's filter condition itself ({@code graphql/SelectionSql}).
     */
    public static Map<String, Object> filterParameters() {
        SqlScope scope = CurrentCaller.get().sqlScope();
        return Map.of(ScopePattern.PARAMETER, scope.pattern(), PublicOnly.PARAMETER, scope.publicOnly());
    }

    /** The SQL LIKE pattern of the codes in scope: {@code 330523%}, {@code %}, or one that matches nothing. */
    public String pattern() {
        return prefix == null ? NO_CODE : prefix + "%";
    }
}
