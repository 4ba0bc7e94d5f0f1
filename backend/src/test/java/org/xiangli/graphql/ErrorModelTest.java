package org.xiangli.graphql;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.xiangli.support.ApiTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one error model, whatever refuses a request: classification and a message that says what to
 * do, never graphql-java's internals.
 */
class ErrorModelTest extends ApiTest {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private WebTestClient.BodyContentSpec post(String token, String query) {
        WebTestClient.RequestBodySpec request = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.bodyValue(Map.of("query", query)).exchange().expectBody();
    }

    @Test
    void anonymousIntrospectionIsUnauthorizedOverPostAndGet() {
        for (String query : new String[] {"{ __schema { queryType { name } } }", "{ __type(name: \"Region\") { name } }"}) {
            post(null, query)
                    .jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED")
                    .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("Sign in").contains("Authorization"));
            http.get().uri(b -> b.path("/graphql").queryParam("query", "{q}").build(query)).accept(GRAPHQL_RESPONSE)
                    .exchange().expectBody()
                    .jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
        }
    }

    @Test
    void introspectionInBadFaithIsABadRequest() {
        String token = tokenOf(ANJI_ADMIN);
        post(token, "{ a: __schema { queryType { name } } b: __schema { queryType { name } } }")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("introspection").doesNotContain("good faith"));
        post(token, "{ __schema { types { fields { name } f2: fields { name } } } }")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");
        // the standard explorer query still works
        post(token, "{ __schema { queryType { name } types { name fields { name } } } }")
                .jsonPath("$.data.__schema.queryType.name").isEqualTo("Query");
    }

    @Test
    void aSubscriptionOverPlainHttpIsRefusedNamingGraphqlWs() {
        post(tokenOf(PLATFORM_ADMIN), "subscription { alertChanged { action } }")
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("graphql-ws").doesNotContain("upstream"));
    }

    @Test
    void messagesShowLiteralsAsTheClientWroteThem() {
        post(tokenOf(ANJI_ADMIN), "{ projects(filter: {statuses: [DONE]}) { totalCount } }")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("DONE").doesNotContain("EnumValue"));
        String alertId = GlobalId.of("Alert", 1);
        post(tokenOf(ANJI_ADMIN), "{ project(id: \"" + alertId + "\") { name } }")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("an Alert").doesNotContain("a Alert"));
    }

    @Test
    void everyWithinIsADivisionCodeCheckedTheSameWay() {
        String token = tokenOf(PLATFORM_ADMIN);
        for (String query : new String[] {
                "{ elders(filter: {within: \"%\"}) { totalCount } }",
                "{ alerts(filter: {within: \"33011_\"}) { totalCount } }",
                "{ auditLog(filter: {within: \"%00\"}) { totalCount } }",
                "{ projects(filter: {within: \"33052\"}) { totalCount } }",
                "{ regions(filter: {within: \"abc\"}) { totalCount } }",
                "{ poolApplications(filter: {within: \"330523%\"}) { totalCount } }",
                "{ talents(filter: {within: \"3305230\"}) { totalCount } }"}) {
            post(token, query)
                    .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                    .jsonPath("$.errors[0].extensions.field").isEqualTo("filter.within")
                    .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("division code"));
        }
        post(token, "{ alertKpis(within: \"_\") { total } }").jsonPath("$.errors[0].extensions.field").isEqualTo("within");
    }

    @Test
    void twoAuthorizationHeadersAreRefused() {
        String token = tokenOf(ANJI_ADMIN);
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(GRAPHQL_RESPONSE)
                .header("Authorization", "Bearer " + token, "Bearer " + tokenOf(DEQING_ADMIN))
                .bodyValue(Map.of("query", "{ region(code: \"330523\") { name } }"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("one Authorization header"));
    }
}
