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

    @Override
    public CallerAuthentication convert(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (jwt.getClaim("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> names) {
            names.forEach(name -> Role.ofRealmRole(String.valueOf(name)).ifPresent(roles::add));
        }
        String name = jwt.getClaimAsString("preferred_username");
        Caller caller = new Caller(name != null ? name : jwt.getSubject(), roles,
                jwt.getClaimAsString(REGION_CLAIM), Caller.Kind.USER);
        return new CallerAuthentication(jwt, caller);
    }
}
