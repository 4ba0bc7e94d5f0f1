package org.xiangli.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Verifies each access token once: a token that passed every check (signature, issuer, audience,
 * expiry) is kept, by its exact text, until it expires, so a client's further requests with it
 * skip the RSA verification. Nothing else changes: a token is accepted exactly as long as before
 * (the API never asked Keycloak about revocation; an access token is good until it expires), a
 * token that fails is checked again every time, and the number kept is bounded.
 */
final class VerifiedTokens implements JwtDecoder {

    /** Enough for every signed-in user of a province at once; a few kilobytes each. */
    static final int MAXIMUM = 5_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, Clock clock, int maximum) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximum)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> remaining(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null && remaining(known).isPositive()) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null && remaining(jwt).isPositive()) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private Duration remaining(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt == null ? Duration.ZERO : Duration.between(clock.instant(), expiresAt);
    }
}
