package org.xiangli.graphql;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.xiangli.support.ApiTest;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;

/** GraphQL-over-HTTP conformance and the operational endpoints. */
class GraphQlOverHttpTest extends ApiTest {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    @Test
    void answersWithTheGraphQlResponseMediaType() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", "{ region(code: \"330523\") { name } }"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(GRAPHQL_RESPONSE)
                .expectHeader().exists("X-Request-Id")
                .expectBody().jsonPath("$.data.region.name").isEqualTo("安吉县");
    }

    @Test
    void aMalformedDocumentIs400WithABadRequestClassification() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", "{ region(code: \"330523\" { name } }"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");
    }

    @Test
    void anUnknownFieldIs400() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", "{ region(code: \"330523\") { secret } }"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");
    }

    @Test
    void runsQueriesOverGet() {
        http.get().uri(b -> b.path("/graphql").queryParam("query", "{q}").build("{ region(code: \"330521\") { name } }"))
                .accept(GRAPHQL_RESPONSE)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.data.region.name").isEqualTo("德清县");
    }

    @Test
    void refusesMutationsOverGet() {
        http.get().uri(b -> b.path("/graphql").queryParam("query", "{q}")
                        .build("mutation { retireRegion(input: {id: \"x\", version: 0, reason: \"r\"}) { region { id } } }"))
                .accept(GRAPHQL_RESPONSE)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectHeader().valueEquals("Allow", "POST")
                .expectBody().jsonPath("$.errors[0].message").value(containsString("POST"));
    }

    @Test
    void echoesASaneRequestId() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).header("X-Request-Id", "test-request-0001")
                .bodyValue(Map.of("query", "{ region(code: \"330523\") { name } }"))
                .exchange()
                .expectHeader().valueEquals("X-Request-Id", "test-request-0001");
    }

    @Test
    void exposesHealthAndPrometheusMetrics() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ region(code: \"330523\") { name } }")).exchange().expectStatus().isOk();
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(containsString("graphql_request_seconds"));
    }

    @Test
    void servesGraphiQl() {
        http.get().uri("/graphiql").exchange().expectStatus().is3xxRedirection();
    }
}
