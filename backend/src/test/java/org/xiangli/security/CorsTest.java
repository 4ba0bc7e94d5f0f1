package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.xiangli.support.ApiTest;

/** Browsers may call the API only from the configured dashboard origins. */
class CorsTest extends ApiTest {

    @Test
    void theDashboardOriginMayCallTheApi() {
        http.options().uri("/graphql")
                .header("Origin", "http://127.0.0.1:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://127.0.0.1:5173");
    }

    @Test
    void anyOtherOriginIsRefused() {
        http.options().uri("/graphql")
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }
}
