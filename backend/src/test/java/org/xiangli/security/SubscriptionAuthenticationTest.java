package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import org.xiangli.support.ApiTest;
import org.xiangli.support.KeycloakServer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * graphql-ws: authentication in connection_init with a real Keycloak token, scope filtering of the
 * stream, refusal without a valid token, and the connection closing when the token expires.
 */
class SubscriptionAuthenticationTest extends ApiTest {

    private static final String CHANGES = "subscription { regionChanged { action region { code name } } }";

    @Test
    void aSubscriberReceivesChangesInItsScopeOnly() throws Exception {
        WebSocketGraphQlClient client = client(Map.of("Authorization", "Bearer " + tokenOf(SHANGSHU_ADMIN)));
        CompletableFuture<List<Map>> received = changes(client).take(1).collectList().timeout(Duration.ofSeconds(20)).toFuture();
        Thread.sleep(1_000);
        touch("330523100", ANJI_ADMIN);     // 孝丰镇: outside 上墅乡
        touch("330523200200", ANJI_ADMIN);  // 上墅村: inside
        List<Map> events = received.get(25, TimeUnit.SECONDS);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst()).containsEntry("action", "UPDATED");
        assertThat(events.getFirst().get("region").toString()).contains("330523200200");
        client.stop().block(Duration.ofSeconds(5));
    }

    @Test
    void aConnectionWithoutATokenIsRefused() {
        assertRefusedAtOnce(client(Map.of()));
    }

    @Test
    void aConnectionWithABadTokenIsRefused() {
        String[] parts = tokenOf(ANJI_ADMIN).split("\\.");
        WebSocketGraphQlClient client = client(Map.of("Authorization", "Bearer " + parts[0] + "." + parts[1] + ".AAAA" + parts[2].substring(4)));
        assertRefusedAtOnce(client);
    }

    @Test
    void theConnectionClosesWhenTheTokenExpires() {
        String token = KeycloakServer.shared().shortLivedToken(ANJI_ADMIN, 3);
        WebSocketGraphQlClient client = client(Map.of("Authorization", "Bearer " + token));
        long start = System.nanoTime();
        assertThatThrownBy(() -> changes(client).blockLast(Duration.ofSeconds(20)))
                .as("the stream ends with the connection, not by the 20 s timeout")
                .hasMessageNotContaining("Timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    private static void assertRefusedAtOnce(WebSocketGraphQlClient client) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> changes(client).blockFirst(Duration.ofSeconds(20)))
                .hasMessageNotContaining("Timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    private WebSocketGraphQlClient client(Map<String, Object> initPayload) {
        return WebSocketGraphQlClient.builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new StandardWebSocketClient())
                .interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(initPayload);
                    }
                })
                .build();
    }

    private static Flux<Map> changes(WebSocketGraphQlClient client) {
        return client.document(CHANGES).retrieveSubscription("regionChanged").toEntity(Map.class);
    }

    private void touch(String code, String user) {
        var current = as(user).document("query($c: String!) { region(code: $c) { id version } }").variable("c", code).execute();
        as(user).document("mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { region { version } } }")
                .variable("input", Map.of("id", current.path("region.id").entity(String.class).get(),
                        "version", current.path("region.version").entity(Integer.class).get(),
                        "description", "订阅测试 " + unique()))
                .execute().path("updateRegion.region.version").hasValue();
    }
}
