package org.xiangli.security;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is asking: a signed-in user or service account (roles and a region from the token), the
 * anonymous public, or the platform itself (start-up and scheduled jobs).
 *
 * @param region the division code the caller's scope starts at; everything below it is in scope (for a
 *               grid worker: the unit holding their grid, see {@link GridPosts})
 * @param grid   the id of the grid a grid worker serves; null for every other caller
 */
public record Caller(String name, Set<Role> roles, @Nullable String region, Kind kind, @Nullable Long grid) {

    public enum Kind { USER, ANONYMOUS, SYSTEM }

    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), null, Kind.ANONYMOUS);
    public static final Caller SYSTEM = new Caller("system", EnumSet.of(Role.PLATFORM_ADMIN), null, Kind.SYSTEM);

    public Caller(String name, Set<Role> roles, @Nullable String region, Kind kind) {
        this(name, roles, region, kind, null);
    }

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (region != null && !DIVISION_CODE.matcher(region).matches()) {
            region = null;
        }
    }

    /** A grid worker: scoped to the one grid they serve ({@link #grid()}), within the unit holding it. */
    public boolean isGridWorker() {
        return roles.contains(Role.GRID_WORKER) && !isUnrestricted();
    }

    public boolean has(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }

    public boolean isAnonymous() {
        return kind == Kind.ANONYMOUS;
    }

    /** Platform admins and the system see the whole tree. */
    public boolean isUnrestricted() {
        return kind == Kind.SYSTEM || roles.contains(Role.PLATFORM_ADMIN);
    }

    /**
     * This caller's scope as query parameters: everything below their region; the whole tree for the
     * unrestricted and for the public (which then sees only published data); nothing for a signed-in
     * caller without a valid region.
     */
    public SqlScope sqlScope() {
        if (isUnrestricted() || isAnonymous()) {
            return new SqlScope("", isAnonymous());
        }
        return region == null ? SqlScope.NONE : new SqlScope(region, false);
    }

    /** Whether a division code lies in this caller's scope. */
    public boolean covers(String code) {
        String prefix = sqlScope().prefix();
        return prefix != null && code.startsWith(prefix);
    }
}
