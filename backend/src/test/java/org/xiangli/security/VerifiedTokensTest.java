package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.xiangli.support.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A token is verified once and then served from memory until it expires, never longer; a token
 * that fails is verified (and refused) every time; the number kept is bounded. The verifier here
 * stands in for the signature check, which TokenValidationTest runs against the real Keycloak.
 */
class VerifiedTokensTest {

    private final MovableClock clock = new MovableClock();
    private final List<String> verifications = new ArrayList<>();

    @Test
    void aGoodTokenIsVerifiedOnceWhileItLives() {
        Instant expiry = clock.instant().plusSeconds(300);
        JwtDecoder tokens = new VerifiedTokens(verifier(expiry), clock, 10);

        Jwt first = tokens.decode("token-a");
        assertThat(tokens.decode("token-a")).isSameAs(first);
        assertThat(tokens.decode("token-a")).isSameAs(first);
        assertThat(verifications).containsExactly("token-a");
    }

    @Test
    void onceExpiredATokenIsVerifiedAgainByTheRealCheck() {
        Instant expiry = clock.instant().plusSeconds(60);
        JwtDecoder tokens = new VerifiedTokens(verifier(expiry), clock, 10);
        tokens.decode("token-b");

        clock.advance(Duration.ofSeconds(61));
        assertThatThrownBy(() -> tokens.decode("token-b")).isInstanceOf(BadJwtException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> tokens.decode("token-b")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).containsExactly("token-b", "token-b", "token-b");
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        JwtDecoder tokens = new VerifiedTokens(verifier(clock.instant().plusSeconds(300)), clock, 10);

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).containsExactly("forged", "forged");
    }

    @Test
    void theNumberKeptIsBounded() {
        VerifiedTokens tokens = new VerifiedTokens(verifier(clock.instant().plusSeconds(300)), clock, 10);
        for (int i = 0; i < 1_000; i++) {
            tokens.decode("token-" + i);
        }
        verifications.clear();
        for (int i = 0; i < 1_000; i++) {
            tokens.decode("token-" + i);
        }
        assertThat(verifications).hasSizeGreaterThanOrEqualTo(900);
    }

    /** Accepts any token but "forged" until the given expiry, recording each verification. */
    private JwtDecoder verifier(Instant expiry) {
        return token -> {
            verifications.add(token);
            if (token.equals("forged")) {
                throw new BadJwtException("signature does not match");
            }
            if (!clock.instant().isBefore(expiry)) {
                throw new BadJwtException("Jwt expired at " + expiry);
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("someone")
                    .issuedAt(expiry.minusSeconds(600)).expiresAt(expiry).build();
        };
    }
}
