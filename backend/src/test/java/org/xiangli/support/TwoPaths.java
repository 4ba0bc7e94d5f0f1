package org.xiangli.support;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a list document on both paths of {@code graphql/SelectionSql}: as given (plain columns: one
 * compiled statement) and with {@code id} added to its nodes (a field only the entity path answers),
 * and checks that the answers are the same bytes once that id is taken out, and that the compiled one
 * cost one statement. Answers are read raw, as a client gets them.
 */
public final class TwoPaths {

    private final WebTestClient http;

    public TwoPaths(WebTestClient http) {
        this.http = http;
    }

    /** The compiled answer, after checking it against the entity path's; {@code node} is the selection inside nodes or edges.node. */
    public String sameAnswer(@Nullable String token, String document, String node) {
        assertThat(document).contains("{ " + node + " }");
        // the entity path first: a caller's first request may look them up (cached after), which is not the list's cost
        String entities = answer(token, document.replace("{ " + node + " }", "{ " + node + " id }"))
                .replaceAll(",\"id\":\"[^\"]*\"", "");
        SqlStatements.reset();
        String compiled = answer(token, document);
        long compiledStatements = SqlStatements.count();
        assertThat(compiled).doesNotContain("\"errors\"").isEqualTo(entities);
        assertThat(compiledStatements).as("statements of the compiled path").isEqualTo(1);
        return compiled;
    }

    public String answer(@Nullable String token, String document) {
        WebTestClient.RequestBodySpec request = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return new String(request.bodyValue(Map.of("query", document)).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The endCursor of an answer. */
    public static String endCursor(String answer) {
        var matcher = java.util.regex.Pattern.compile("\"endCursor\":\"([^\"]*)\"").matcher(answer);
        assertThat(matcher.find()).as("endCursor in " + answer).isTrue();
        return matcher.group(1);
    }
}
