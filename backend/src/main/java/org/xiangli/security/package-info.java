/**
 * Identity and access: who the caller is (from Keycloak's tokens), what their role may do, and
 * the region scope every read is limited to. The {@code regionScope} filter defined here is
 * enabled on every session; each scoped entity applies it to its own division-code column, and
 * entities with unpublished drafts also to their published flag for the anonymous public.
 * An open module: every feature reads its caller, roles and scope from here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@FilterDef(name = ScopePattern.FILTER, autoEnabled = true, applyToLoadByKey = true, parameters = {
        @ParamDef(name = ScopePattern.PARAMETER, type = String.class, resolver = ScopePattern.class),
        @ParamDef(name = PublicOnly.PARAMETER, type = Boolean.class, resolver = PublicOnly.class)})
package org.xiangli.security;

import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.springframework.modulith.ApplicationModule;
