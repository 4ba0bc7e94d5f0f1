package org.xiangli.grid;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiangli.security.GridPosts;

import java.util.Optional;

/**
 * Where a grid worker serves, for their scope when their token is checked: plain SQL, since no
 * caller (hence no region filter) is set up yet.
 */
@Component
class GridPostsRegistry implements GridPosts {

    private final JdbcClient jdbc;

    GridPostsRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Post> of(String username) {
        return jdbc.sql("SELECT g.id, g.region_code FROM grid_worker w JOIN grid g ON g.id = w.grid_id"
                        + " WHERE w.username = ? AND w.active = TRUE")
                .param(username)
                .query((rs, row) -> new Post(rs.getLong(1), rs.getString(2)))
                .optional();
    }
}
