package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.FieldAccessException;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import org.xiangli.support.ApiTest;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * graphql-ws under misuse: a stream the role may not read is FORBIDDEN (not an internal error), a
 * connection holds a bounded number of subscriptions, and a frame that is not a graphql-ws message
 * closes the socket with the protocol's 4400.
 */
class SubscriptionLimitsTest extends ApiTest {

    /** 上墅村, 安吉县: a demo village in anji.admin's scope. */
    private static final String SHANGSHU_VILLAGE = "330523200200";

    private WebSocketGraphQlClient client(String user) {
        String token = tokenOf(user);
        return WebSocketGraphQlClient.builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new StandardWebSocketClient())
                .interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(Map.of("Authorization", "Bearer " + token));
                    }
                })
                .build();
    }

    /** The errors a refused subscription ends with (as a graphql-ws error message, or a response with errors only). */
    private static List<ResponseError> refusal(Flux<?> stream) {
        Throwable failure = catchThrowable(() -> stream.blockFirst(Duration.ofSeconds(20)));
        return switch (failure) {
            case SubscriptionErrorException error -> error.getErrors();
            case FieldAccessException access -> access.getResponse().getErrors();
            case null, default -> throw new AssertionError("expected the subscription to be refused", failure);
        };
    }

    @Test
    void rolesThatMayNotReadElderCareAreForbiddenTheAlertStream() {
        for (String user : List.of(ANJI_SUPERVISOR, INTEGRATOR)) {
            WebSocketGraphQlClient client = client(user);
            assertThat(refusal(client.document("subscription { alertChanged { action } }").retrieveSubscription("alertChanged").toEntity(Map.class)))
                    .singleElement().satisfies(error -> {
                        assertThat(error.getExtensions()).containsEntry("classification", "FORBIDDEN");
                        assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("request id");
                    });
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void aConnectionHoldsAtMostTwentySubscriptions() {
        WebSocketGraphQlClient client = client(ANJI_ADMIN);
        List<Disposable> held = new ArrayList<>();
        Set<Integer> listening = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 20; i++) {
            int stream = i;
            held.add(regionChanges(client).subscribe(change -> listening.add(stream)));
        }
        // the positive control: a change in 安吉县 reaches all twenty, so the connection holds them
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            touchRegion(SHANGSHU_VILLAGE, ANJI_ADMIN);
            assertThat(listening).hasSize(20);
        });
        assertThat(refusal(regionChanges(client)))
                .singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                    assertThat(error.getMessage()).contains("20 subscriptions");
                });

        // stopping one makes room for another, once the server has the client's complete
        held.removeFirst().dispose();
        List<Map> heardByAnother = new CopyOnWriteArrayList<>();
        List<Disposable> another = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            if (another.isEmpty() || another.getLast().isDisposed()) {
                another.add(regionChanges(client).subscribe(heardByAnother::add, refused -> { }));
            }
            touchRegion(SHANGSHU_VILLAGE, ANJI_ADMIN);
            assertThat(heardByAnother).as("another subscription hears changes").isNotEmpty();
        });
        another.forEach(Disposable::dispose);
        held.forEach(Disposable::dispose);
        client.stop().block(Duration.ofSeconds(5));
    }

    private static Flux<Map> regionChanges(WebSocketGraphQlClient client) {
        return client.document("subscription { regionChanged { action } }").retrieveSubscription("regionChanged").toEntity(Map.class);
    }

    @Test
    void aFrameThatIsNoGraphQlWsMessageClosesWith4400() throws Exception {
        String init = "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer " + tokenOf(ANJI_ADMIN) + "\"}}";
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        WebSocketHandler handler = new WebSocketHandler() {
            @Override
            public List<String> getSubProtocols() {
                return List.of("graphql-transport-ws");
            }

            @Override
            public Mono<Void> handle(WebSocketSession session) {
                return session.send(Flux.just(session.textMessage(init), session.textMessage("{not a graphql-ws message")))
                        .then(session.closeStatus().doOnNext(closed::complete))
                        .then();
            }
        };
        new StandardWebSocketClient().execute(URI.create("ws://127.0.0.1:" + port + "/graphql"), handler)
                .subscribe(done -> { }, closed::completeExceptionally);
        CloseStatus status = closed.get(20, TimeUnit.SECONDS);
        assertThat(status.getCode()).isEqualTo(4400);
        assertThat(status.getReason()).contains("not JSON");
    }
}
