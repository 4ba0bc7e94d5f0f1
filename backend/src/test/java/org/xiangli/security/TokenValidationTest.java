package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.xiangli.support.ApiTest;
import org.xiangli.support.KeycloakServer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;

/**
 * A token that is present but not good gets 401 with WWW-Authenticate, whatever is wrong with it;
 * no token at all is the anonymous public.
 */
class TokenValidationTest extends ApiTest {

    private static final Map<String, String> QUERY = Map.of("query", "{ region(code: \"330523\") { name } }");

    @Test
    void aGoodTokenIsAccepted() {
        send("Bearer " + tokenOf(ANJI_ADMIN)).expectStatus().isOk()
                .expectBody().jsonPath("$.data.region.name").isEqualTo("安吉县");
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        send("bearer " + tokenOf(ANJI_ADMIN)).expectStatus().isOk()
                .expectBody().jsonPath("$.data.region.name").isEqualTo("安吉县");
    }

    @Test
    void aMalformedBearerIs401() {
        unauthorized("Bearer " + tokenOf(ANJI_ADMIN) + " extra");
        unauthorized("Bearer %%" + tokenOf(ANJI_ADMIN));
    }

    @Test
    void noTokenIsTheAnonymousPublic() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.data.region.name").isEqualTo("安吉县");
    }

    @Test
    void anEmptyBearerIs401() {
        unauthorized("Bearer ");
    }

    @Test
    void aTamperedSignatureIs401() {
        String[] parts = tokenOf(ANJI_ADMIN).split("\\.");
        char last = parts[2].charAt(10);
        parts[2] = parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A') + parts[2].substring(11);
        unauthorized("Bearer " + String.join(".", parts));
    }

    @Test
    void aTamperedPayloadIs401() {
        String[] parts = tokenOf(SHANGSHU_OFFICIAL).split("\\.");
        String payload = decode(parts[1]).replace("\"330523200200\"", "\"330523\"");
        unauthorized("Bearer " + parts[0] + "." + encode(payload) + "." + parts[2]);
    }

    @Test
    void algNoneIs401() {
        String[] parts = tokenOf(PLATFORM_ADMIN).split("\\.");
        unauthorized("Bearer " + encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        unauthorized("Bearer " + KeycloakServer.shared().adminToken());
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        String otherAudience = KeycloakServer.shared().grant("xiangli", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", ANJI_ADMIN, "password", "demo"));
        unauthorized("Bearer " + otherAudience);
    }

    @Test
    void anExpiredTokenIs401() throws InterruptedException {
        String token = KeycloakServer.shared().shortLivedToken(ANJI_ADMIN, 1);
        Thread.sleep(3_500);
        send("Bearer " + token).expectStatus().isUnauthorized()
                .expectHeader().value("WWW-Authenticate", containsString("expired"));
    }

    @Test
    void aTokenAcceptedBeforeIsRefusedOnceItExpires() throws InterruptedException {
        String token = KeycloakServer.shared().shortLivedToken(ANJI_ADMIN, 4);
        send("Bearer " + token).expectStatus().isOk().expectBody().jsonPath("$.data.region.name").isEqualTo("安吉县");
        Thread.sleep(6_500);
        send("Bearer " + token).expectStatus().isUnauthorized()
                .expectHeader().value("WWW-Authenticate", containsString("expired"));
    }

    private void unauthorized(String authorization) {
        send(authorization).expectStatus().isUnauthorized()
                .expectHeader().value("WWW-Authenticate", containsString("Bearer"))
                .expectBody().consumeWith(body -> org.assertj.core.api.Assertions.assertThat(
                        body.getResponseBody() == null ? "" : new String(body.getResponseBody(), StandardCharsets.UTF_8))
                        .doesNotContain("Exception").doesNotContain("安吉县"));
    }

    private WebTestClient.ResponseSpec send(String authorization) {
        return http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", authorization).bodyValue(QUERY).exchange();
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
