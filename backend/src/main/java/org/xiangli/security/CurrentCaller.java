package org.xiangli.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The caller of the current request or job. Without any security context (a thread nobody set
 * up) the caller is nobody: signed in, no roles, no region, so nothing is in scope. Reads fail
 * closed.
 */
public final class CurrentCaller {

    private static final Caller NOBODY = new Caller("nobody", Set.of(), null, Caller.Kind.USER);

    private CurrentCaller() {
    }

    public static Caller get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return switch (authentication) {
            case CallerAuthentication user -> user.caller();
            case SystemAuthentication _ -> Caller.SYSTEM;
            case AnonymousAuthenticationToken _ -> Caller.ANONYMOUS;
            case null, default -> NOBODY;
        };
    }

    /** Runs platform work (start-up data, scheduled jobs) as the system, with the whole tree in scope. */
    public static <T> T asSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static final class SystemAuthentication extends org.springframework.security.authentication.AbstractAuthenticationToken {
        SystemAuthentication() {
            super(Set.of());
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return Caller.SYSTEM.name();
        }
    }
}
