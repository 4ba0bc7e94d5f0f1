package org.xiangli.talent;

import org.xiangli.graphql.ApiException;
import org.xiangli.region.Within;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.PublicOnly;
import org.xiangli.security.Role;
import org.xiangli.security.ScopePattern;
import org.xiangli.security.SqlScope;

import java.util.regex.Pattern;

/**
 * Who may read the registry. The registry is not public: every talent table applies the
 * scope filter with {@code publicOnly = false} ({@link ScopePattern#REGION_NOT_PUBLIC}), so the anonymous public reads nothing even through
 * a nested field; roles without business in it (eldercare operators) are refused here. The search
 * engine and native SQL are not filtered by Hibernate: they take {@link #scope()}.
 */
final class TalentAccess {

    /**
     * The ledger's condition: entries of talents in the caller's subtree, and entries that benefit
     * a unit in it (a village sees what it received from a talent of elsewhere, without the giver,
     * whose record stays out of scope); never for the public.
     */
    static final String LEDGER_CONDITION = "(" + ScopePattern.REGION + " or beneficiary_code like :"
            + ScopePattern.PARAMETER + ") and :" + PublicOnly.PARAMETER + " = false";

    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    private TalentAccess() {
    }

    /** Whether the caller may read the registry at all (nested fields answer empty otherwise). */
    static boolean mayRead(Caller caller) {
        return caller.kind() == Caller.Kind.SYSTEM
                || caller.has(Role.PLATFORM_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.VILLAGE_OFFICIAL,
                Role.SUPERVISOR, Role.INTEGRATOR);
    }

    /**
     * The caller's scope for the search engine and native SQL, or {@link SqlScope#NONE} when they may
     * not read the registry (then nothing may be returned).
     */
    static SqlScope scope() {
        Caller caller = CurrentCaller.get();
        return mayRead(caller) ? caller.sqlScope() : SqlScope.NONE;
    }

    /** A {@code within} argument checked as a division code. */
    static String checkedCode(String code, String field) {
        return java.util.Objects.requireNonNull(Within.code(code, field));
    }
}
