package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.xiangli.support.ApiTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile queries are refused before they run, with a clear error, and others keep being served. */
class HostileQueriesTest extends ApiTest {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    @Test
    void aDeepQueryIsRefused() {
        String deep = "{ region(code: \"330523\") { " + "children { ".repeat(14) + "name" + " }".repeat(14) + " } }";
        refused(deep, "levels deep");
        stillServing();
    }

    @Test
    void aCostlyQueryIsRefused() {
        String wide = "{ a: regions(first: 100) { nodes { children { children { children { name code kind population households "
                + "stats { villages population } } } } } } }";
        refused(wide.replace("a: ", ""), "costs");
        stillServing();
    }

    @Test
    void integratorsHaveALowerCostLimit() {
        String query = "{ regions(first: 100) { nodes { code name population households "
                + "children { code name population households stats { villages population } } } } }";
        as(PLATFORM_ADMIN).document(query).execute().errors().verify();
        as(INTEGRATOR).document(query).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getExtensions()).containsEntry("classification", "BAD_REQUEST");
            assertThat(errors.getFirst().getMessage()).contains("your limit is 5000");
        });
    }

    @Test
    void anOperationThatPassedIsCheckedAgainWithOtherVariables() {
        String query = "query($n: Int) { regions(first: $n) { nodes { code name population households "
                + "children { code name population households stats { villages population } } } } }";
        // a pass is kept per operation, variables and limit (QueryLimits): none of them may carry over
        as(INTEGRATOR).document(query).variable("n", 5).execute().errors().verify();
        for (int round = 0; round < 2; round++) {
            as(INTEGRATOR).document(query).variable("n", 100).execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(error -> assertThat(error.getMessage()).contains("your limit is 5000")));
        }
        as(PLATFORM_ADMIN).document(query).variable("n", 100).execute().errors().verify();
        as(INTEGRATOR).document(query).variable("n", 100).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("your limit is 5000")));
        as(INTEGRATOR).document(query).variable("n", 5).execute().errors().verify();
    }

    @Test
    void anAliasFloodIsRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 50; i++) {
            query.append(" a").append(i).append(": region(code: \"330523\") { name }");
        }
        refused(query.append(" }").toString(), "aliases");
        // a refused document is not kept (graphql/ParsedDocuments): sent again, it is checked again
        refused(query.toString(), "aliases");
        stillServing();
    }

    @Test
    void aHugeBodyIsRefused() {
        String padding = " ".repeat(1_100_000);
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", "{ region(code: \"330523\") { name " + padding + "} }"))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("larger than"));
        stillServing();
    }

    @Test
    void aBatchedArrayIsRefused() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .bodyValue("[{\"query\":\"{ region(code: \\\"330523\\\") { name } }\"},{\"query\":\"{ region(code: \\\"330521\\\") { name } }\"}]")
                .exchange()
                .expectStatus().is4xxClientError();
        stillServing();
    }

    private void refused(String query, String reason) {
        long start = System.nanoTime();
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", query))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains(reason));
        assertThat(System.nanoTime() - start).as("refused before running").isLessThan(5_000_000_000L);
    }

    private void stillServing() {
        graphQl.document("{ region(code: \"330521\") { name } }").execute()
                .path("region.name").entity(String.class).isEqualTo("德清县");
    }
}
