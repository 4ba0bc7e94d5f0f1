package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xiangli.support.ApiTest;

import java.util.Map;

/** A client over its budget gets 429 with Retry-After; other clients are unaffected. */
class RateLimitTest extends ApiTest {

    @DynamicPropertySource
    static void lowLimits(DynamicPropertyRegistry registry) {
        registry.add("xiangli.limits.anonymous-requests-per-minute", () -> 5);
        registry.add("xiangli.limits.requests-per-minute", () -> 8);
    }

    private static final Map<String, String> QUERY = Map.of("query", "{ region(code: \"330523\") { name } }");

    @Test
    void anonymousCallersAreLimitedPerAddressAndSignedInCallersPerAccount() {
        for (int i = 0; i < 5; i++) {
            anonymous().expectStatus().isOk();
        }
        anonymous().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.errors[0].message").value(m -> org.assertj.core.api.Assertions.assertThat((String) m).contains("at most 5"));

        for (int i = 0; i < 8; i++) {
            as(ANJI_ADMIN).document(QUERY.get("query")).execute().path("region.name").hasValue();
        }
        as(SHANGSHU_ADMIN).document("{ region(code: \"330523200\") { name } }").execute().path("region.name").hasValue();
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + tokenOf(ANJI_ADMIN)).bodyValue(QUERY).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec anonymous() {
        return http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY).exchange();
    }
}
