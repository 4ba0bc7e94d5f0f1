package org.xiangli.security;

import java.util.Optional;

/**
 * Where grid workers serve, for their scope: the grid module registers them (a feature depends on
 * security, never the reverse, so the lookup is this interface). Read when a grid worker's token is
 * checked, with no caller in scope yet, so an implementation reads without the region filter.
 */
public interface GridPosts {

    /** The grid of the active worker registered under this user name, if any. */
    Optional<Post> of(String username);

    /**
     * @param regionCode the division code of the unit holding the grid
     */
    record Post(long gridId, String regionCode) {
    }

    /** No grid registry: no grid worker has a post (and sees nothing). */
    GridPosts NONE = username -> Optional.empty();
}
