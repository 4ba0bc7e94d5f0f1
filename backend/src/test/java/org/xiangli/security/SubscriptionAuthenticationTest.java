package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import org.xiangli.support.ApiTest;
import org.xiangli.support.KeycloakServer;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * graphql-ws: authentication in connection_init with a real Keycloak token, scope filtering of the
 * stream, refusal without a valid token, and the connection closing when the token expires.
 */
class SubscriptionAuthenticationTest extends ApiTest {

    private static final String CHANGES = "subscription { regionChanged { action region { code name description } } }";

    @Test
    void aSubscriberReceivesChangesInItsScopeOnly() {
        WebSocketGraphQlClient client = client(Map.of("Authorization", "Bearer " + tokenOf(SHANGSHU_ADMIN)));
        List<Map> heard = new CopyOnWriteArrayList<>();
        Disposable stream = changes(client).subscribe(heard::add);
        // the positive control: a change inside 上墅乡 reaches the subscriber, so the stream is up
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            touchRegion("330523200200", ANJI_ADMIN);
            assertThat(heard).isNotEmpty();
        });
        touchRegion("330523100", ANJI_ADMIN);                          // 孝丰镇: outside 上墅乡
        String last = touchRegion("330523200200", ANJI_ADMIN);         // 上墅村: inside, and after the other on the same stream
        await().untilAsserted(() -> assertThat(heard).extracting(change -> region(change).get("description")).contains(last));

        assertThat(heard).allSatisfy(change -> {
            assertThat(change).containsEntry("action", "UPDATED");
            assertThat(region(change)).containsEntry("code", "330523200200");
        });
        stream.dispose();
        client.stop().block(Duration.ofSeconds(5));
    }

    private static Map region(Map change) {
        return (Map) change.get("region");
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
}
