package org.xiangli.project;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One error body whatever refuses a request: RFC 9457 problem details with classification and
 * field on every non-GraphQL endpoint, the GraphQL error shape on /graphql, also for refusals
 * Spring, the multipart parser or the security filters make before a controller runs. (Runs with
 * the project tests' multipart limit of 3 MB, see {@link ProjectApiTest}.)
 */
class HttpErrorBodiesTest extends ProjectApiTest {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private WebTestClient.ResponseSpec multipart(String field, byte[] content) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part(field, new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "talents.xlsx";
            }
        });
        return http.post().uri("/files/talents/import").header("Authorization", "Bearer " + tokenOf(ANJI_ADMIN))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build())).exchange();
    }

    private static void problem(WebTestClient.ResponseSpec response, int status, String classification, String field, String says) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).value(body -> {
                    assertThat(body).containsEntry("status", status).containsEntry("classification", classification);
                    if (field != null) {
                        assertThat(body).containsEntry("field", field);
                    }
                    assertThat((String) body.get("detail")).contains(says).doesNotContain("Exception").doesNotContain("org.");
                    assertThat(body).doesNotContainKeys("timestamp", "error", "trace");
                });
    }

    @Test
    void anUploadAboveTheLimitIs413NamingIt() {
        problem(multipart("file", new byte[4 * 1024 * 1024]), 413, "BAD_REQUEST", "file", "3 MB");
    }

    @Test
    void aWrongMultipartFieldNamesTheFieldToUse() {
        problem(multipart("upload", new byte[] {1, 2, 3}), 400, "BAD_REQUEST", "file", "file");
    }

    @Test
    void aBadParameterNamesItAndWhatIsAllowed() {
        problem(http.get().uri("/files/talents/export.xlsx?categories=ASTRONAUT").header("Authorization", "Bearer " + tokenOf(ANJI_ADMIN))
                .exchange(), 400, "BAD_REQUEST", "categories", "ASTRONAUT");
    }

    @Test
    void aFileEndpointWithoutATokenIs401WithTheSameBody() {
        WebTestClient.ResponseSpec response = http.get().uri("/files/talents/import-template.xlsx").exchange();
        response.expectHeader().exists("WWW-Authenticate");
        problem(response, 401, "UNAUTHORIZED", null, "Sign in");
    }

    @Test
    void aDeviceEventPostThatIsNoArrayIsAProblem() {
        problem(http.post().uri("/api/device-events").header("Authorization", "Bearer " + tokenOf(INTEGRATOR))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"eventId\":\"a\"}").exchange(), 400, "BAD_REQUEST", "body", "JSON array");
    }

    @Test
    void requestsThatAreNoGraphQlRequestGetTheGraphQlErrorShape() {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        for (String body : new String[] {
                "[{\"query\":\"{ region(code: \\\"330523\\\") { name } }\"}]",
                "{\"id\":\"1\"}",
                "{\"query\":\"{ region(code: \\\"330523\\\") { name } }\",\"variables\":" + deep + "}"}) {
            http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE).bodyValue(body).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                    .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("GraphQL request").doesNotContain("Exception"))
                    .jsonPath("$.timestamp").doesNotExist();
        }
    }
}
