package org.xiangli.security;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles Keycloak issues, as in docs/domain/access.md. */
public enum Role {
    PLATFORM_ADMIN("platform-admin"),
    COUNTY_ADMIN("county-admin"),
    TOWNSHIP_ADMIN("township-admin"),
    VILLAGE_OFFICIAL("village-official"),
    ELDERCARE_OPERATOR("eldercare-operator"),
    SUPERVISOR("supervisor"),
    INTEGRATOR("integrator"),
    GRID_WORKER("grid-worker"),
    COMMAND_CENTRE("command-centre");

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The role's name in Keycloak. */
    public String realmRole() {
        return realmRole;
    }

    /** The Spring Security authority that the expressions of {@link Roles} check. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> ofRealmRole(String name) {
        return Arrays.stream(values()).filter(role -> role.realmRole.equals(name)).findFirst();
    }
}
