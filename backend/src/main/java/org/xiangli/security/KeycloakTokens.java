package org.xiangli.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Keycloak access token: realm roles from {@code realm_access.roles} (unknown roles are
 * ignored), the region from the {@code region} claim, the name from {@code preferred_username}.
 */
final class KeycloakTokens implements Converter<Jwt, CallerAuthentication> {

    static final String REGION_CLAIM = "region";

    private final GridPosts posts;

    KeycloakTokens(GridPosts posts) {
        this.posts = posts;
    }

    @Override
    public CallerAuthentication convert(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (jwt.getClaim("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> names) {
            names.forEach(name -> Role.ofRealmRole(String.valueOf(name)).ifPresent(roles::add));
        }
        String name = jwt.getClaimAsString("preferred_username");
        String username = name != null ? name : jwt.getSubject();
        Caller caller = new Caller(username, roles, jwt.getClaimAsString(REGION_CLAIM), Caller.Kind.USER);
        return new CallerAuthentication(jwt, caller.isGridWorker() ? onPost(caller) : caller);
    }

    /**
     * A grid worker's scope is their grid: the active worker registered under the token's user name,
     * whose grid lies within the token's region. Without one, nothing is in scope.
     */
    private Caller onPost(Caller worker) {
        String claim = worker.region();
        GridPosts.Post post = claim == null ? null : posts.of(worker.name()).orElse(null);
        if (post == null || !post.regionCode().startsWith(claim)) {
            return new Caller(worker.name(), worker.roles(), null, worker.kind(), null);
        }
        return new Caller(worker.name(), worker.roles(), post.regionCode(), worker.kind(), post.gridId());
    }
}
