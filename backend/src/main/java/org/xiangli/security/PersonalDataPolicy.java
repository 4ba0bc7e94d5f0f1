package org.xiangli.security;

import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.xiangli.security.Role.COUNTY_ADMIN;
import static org.xiangli.security.Role.ELDERCARE_OPERATOR;
import static org.xiangli.security.Role.PLATFORM_ADMIN;
import static org.xiangli.security.Role.SUPERVISOR;
import static org.xiangli.security.Role.TOWNSHIP_ADMIN;
import static org.xiangli.security.Role.VILLAGE_OFFICIAL;

/**
 * Which roles see which kinds of personal data unmasked (docs/domain/access.md): officials who keep the
 * records and supervisors see contacts and ID numbers; health notes only those who care for the
 * person; integrators and the public never. Grants can add record-level exceptions.
 */
@Component
public class PersonalDataPolicy {

    private static final Set<Role> OFFICIALS = EnumSet.of(PLATFORM_ADMIN, COUNTY_ADMIN, TOWNSHIP_ADMIN, VILLAGE_OFFICIAL, SUPERVISOR);

    /** Officials and the command centres, who call the grid workers they dispatch matters to. */
    private static final Set<Role> DISPATCHERS = EnumSet.of(PLATFORM_ADMIN, COUNTY_ADMIN, TOWNSHIP_ADMIN, VILLAGE_OFFICIAL, SUPERVISOR,
            Role.COMMAND_CENTRE);

    private static final Map<PersonalKind, Set<Role>> REVEALED_TO = Map.of(
            PersonalKind.NAME, DISPATCHERS,
            PersonalKind.PHONE, DISPATCHERS,
            PersonalKind.ADDRESS, OFFICIALS,
            PersonalKind.ID_NUMBER, OFFICIALS,
            PersonalKind.HEALTH, EnumSet.of(PLATFORM_ADMIN, ELDERCARE_OPERATOR));

    private final List<RevealGrant> grants;

    PersonalDataPolicy(List<RevealGrant> grants) {
        this.grants = grants;
    }

    /**
     * Whether the caller's role sees this kind unmasked at all (within their scope). Searches use it:
     * a search must not match on what the caller sees masked, or a hit would confirm the identity
     * the mask hides.
     */
    public boolean revealsToRole(Caller caller, PersonalKind kind) {
        return !caller.isAnonymous() && caller.roles().stream().anyMatch(REVEALED_TO.get(kind)::contains);
    }

    public boolean mayReveal(Caller caller, PersonalKind kind, PersonalDataHolder owner) {
        if (caller.isAnonymous() || !caller.covers(owner.ownerRegionCode())) {
            return false;
        }
        return caller.roles().stream().anyMatch(REVEALED_TO.get(kind)::contains)
                || grants.stream().anyMatch(grant -> grant.grants(caller, kind, owner));
    }
}
