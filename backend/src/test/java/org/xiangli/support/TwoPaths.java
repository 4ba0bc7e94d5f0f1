package org.xiangli.support;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a document on both paths of {@code graphql/SelectionSql}: as given (what the compiled path
 * reads: its statements counted) and with a marker field added last to its nodes (a field the
 * compiled path does not read: a personal one where the type has one, else a computed one), and
 * checks that the answers are the same bytes once the marker is taken out. Answers are read raw, as
 * a client gets them.
 */
public final class TwoPaths {

    private final WebTestClient http;

    public TwoPaths(WebTestClient http) {
        this.http = http;
    }

    /**
     * The compiled answer, after checking it against the entity path's.
     *
     * @param node       the selection inside nodes, edges.node or the rows of a list, everywhere it appears
     * @param marker     a scalar field of the node's type the compiled path does not read
     * @param statements the statements the compiled answer costs
     */
    public String sameAnswer(@Nullable String token, String document, String node, String marker, int statements) {
        assertThat(document).contains("{ " + node + " }");
        // the entity path first: a caller's first request may look them up (cached after), which is not the list's cost
        String entities = answer(token, document.replace("{ " + node + " }", "{ " + node + " " + marker + " }"))
                .replaceAll(",\"" + marker + "\":(\"[^\"]*\"|[^,{}\\[\\]\"]*)}", "}");
        SqlStatements.reset();
        String compiled = answer(token, document);
        long compiledStatements = SqlStatements.count();
        assertThat(compiled).doesNotContain("\"errors\"").isEqualTo(entities);
        assertThat(compiledStatements).as("statements of the compiled path").isEqualTo(statements);
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
