package org.xiangli.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's decoder keeps Keycloak's keys once fetched: when the identity server is briefly
 * unreachable, tokens it signed before keep being accepted. (A stand-in serves the JWKS here, so
 * the outage can be made on purpose; each token is a new one, so none is simply remembered as verified.)
 */
class JwksOutageTest {

    @Test
    void tokensStayVerifiableWhileTheIdentityServerIsDown() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        AtomicInteger fetches = new AtomicInteger();
        HttpServer keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/realms/test/protocol/openid-connect/certs", exchange -> {
            fetches.incrementAndGet();
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keycloak.start();
        String issuer = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/test";
        JwtDecoder decoder = new WebSecurity().jwtDecoder(new AccessProperties(issuer, "xiangli-api", Duration.ofSeconds(5), List.of()));

        assertThat(decoder.decode(token(key, issuer)).getClaimAsString("region")).isEqualTo("330523");
        keycloak.stop(0);
        assertThat(decoder.decode(token(key, issuer)).getClaimAsString("region")).isEqualTo("330523");
        assertThat(fetches).hasValue(1);
    }

    private static String token(RSAKey key, String issuer) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(issuer).audience("xiangli-api").subject("someone")
                        .claim("region", "330523").jwtID(UUID.randomUUID().toString()).expirationTime(Date.from(Instant.now().plusSeconds(60))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
