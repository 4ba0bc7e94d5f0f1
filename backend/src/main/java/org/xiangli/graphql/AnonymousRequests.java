package org.xiangli.graphql;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the current request comes from the public, without a token: a refusal then asks the
 * caller to sign in (401) instead of naming a role that may not (403).
 */
final class AnonymousRequests {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private AnonymousRequests() {
    }

    static boolean current() {
        return TRUST.isAnonymous(SecurityContextHolder.getContext().getAuthentication());
    }
}
