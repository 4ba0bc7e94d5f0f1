package org.xiangli.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.xiangli.support.ApiTest;
import org.xiangli.support.KeycloakServer;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The API serves the dashboard: files, history-mode routes, caching, framing and its settings. */
class DashboardServingTest extends ApiTest {

    private static void assumeBuilt() {
        assumeTrue(new ClassPathResource("static/index.html").exists(), "built with -Dskip.frontend: no dashboard");
    }

    @Test
    void routesOfTheDashboardFallBackToItsPageButApiPathsDoNot() {
        assumeBuilt();
        for (String route : new String[] {"/", "/projects/UHJvamVjdDox", "/public/330523200200", "/eldercare/alerts/x", "/integration"}) {
            String page = http.get().uri(route).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().valueEquals("Cache-Control", "no-cache")
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).as(route).contains("<div id=\"app\">");
        }
        http.get().uri("/files/talents/import-template.xlsx").exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/no-such-endpoint").exchange().expectStatus().isUnauthorized();
        http.get().uri("/assets/no-such-file.js").exchange().expectStatus().isNotFound();
        http.get().uri("/no-such-file.png").exchange().expectStatus().isNotFound();
    }

    @Test
    void hashedAssetsAreCachedForAYearAndThePageMayFrameItsOwnOrigin() {
        assumeBuilt();
        String page = http.get().uri("/").exchange()
                .expectHeader().valueEquals("X-Frame-Options", "SAMEORIGIN")
                .expectBody(String.class).returnResult().getResponseBody();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as("the page loads its script from /assets/").isTrue();
        http.get().uri(script.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "max-age=31536000, public, immutable");
        http.get().uri("/silent-check-sso.html").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Frame-Options", "SAMEORIGIN");
    }

    @Test
    void settingsScriptNamesTheKeycloakWhoseTokensTheApiTrusts() {
        byte[] body = http.get().uri("/config.js").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectBody().returnResult().getResponseBody();
        String script = new String(body, StandardCharsets.UTF_8);
        String issuer = KeycloakServer.shared().issuer();
        assertThat(script).startsWith("window.XIANGLI_CONFIG = ")
                .contains("\"url\":\"" + issuer.substring(0, issuer.indexOf("/realms/")) + "\"")
                .contains("\"realm\":\"xiangli\"")
                .contains("\"clientId\":\"xiangli-dashboard\"");
    }

    @Test
    void graphiqlOpensTheExplorerBuiltWithTheDashboard() {
        http.get().uri("/graphiql").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueMatches("Location", ".*/explorer\\.html$");
        assumeBuilt();
        String explorer = http.get().uri("/explorer.html").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(explorer).doesNotContain("esm.sh").doesNotContain("unpkg").doesNotContain("cdn");
    }
}
