package org.xiangli.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.xiangli.time.MachineTime;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * graphql-ws subscriptions: the client authenticates in the {@code connection_init} payload
 * ({@code {"Authorization": "Bearer …"}}, never in the URL), checked exactly like HTTP tokens. A
 * connection without a valid token is closed (4401), and an authenticated one is closed when its
 * token expires, so an outdated login cannot keep listening.
 */
@Configuration(proxyBeanMethods = false)
class SubscriptionAuthentication {

    private static final String SESSION = WebSocketSession.class.getName();
    static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4401, "Token expired: reconnect with a fresh token");

    @Bean
    WebSocketGraphQlInterceptor subscriptionTokens(JwtDecoder decoder, ObjectProvider<GridPosts> gridPosts) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(new KeycloakTokens(gridPosts.getIfAvailable(() -> GridPosts.NONE)));
        return new TokenInterceptor(new ProviderManager(provider));
    }

    /** Boot's handler, made to remember each session so a connection can be closed when its token expires. */
    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties) {
        return new GraphQlWebSocketHandler(handler, new JacksonJsonHttpMessageConverter(),
                properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive()) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) {
                session.getAttributes().put(SESSION, session);
                super.afterConnectionEstablished(session);
            }

            /** A frame that is not a graphql-ws message closes the socket with the protocol's 4400, not a server error. */
            @Override
            protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
                String invalid = GraphQlWsFrames.invalid(message.getPayload());
                if (invalid == null) {
                    try {
                        super.handleTextMessage(session, message);
                        return;
                    } catch (HttpMessageNotReadableException unreadable) {
                        invalid = "the message is not a graphql-ws message";
                    }
                }
                session.close(new CloseStatus(4400, invalid.length() > 120 ? invalid.substring(0, 120) : invalid));
            }
        };
    }

    private static final class TokenInterceptor implements WebSocketGraphQlInterceptor {
        private static final String CONTEXT = TokenInterceptor.class.getName() + ".context";
        private static final String EXPIRY = TokenInterceptor.class.getName() + ".expiry";

        private final BearerTokenAuthenticationExtractor extractor = new BearerTokenAuthenticationExtractor();
        private final ProviderManager authentication;

        TokenInterceptor(ProviderManager authentication) {
            this.authentication = authentication;
        }

        @Override
        public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
            return extractor.getAuthentication(payload)
                    .switchIfEmpty(Mono.error(() -> new BadCredentialsException(
                            "Subscriptions need {\"Authorization\": \"Bearer <token>\"} in connection_init")))
                    .map(authentication::authenticate)
                    .doOnNext(authenticated -> {
                        info.getAttributes().put(CONTEXT, new SecurityContextImpl(authenticated));
                        if (authenticated instanceof CallerAuthentication caller) {
                            closeAt(info, caller.getCredentials().getExpiresAt());
                        }
                    })
                    .then(Mono.empty());
        }

        @Override
        public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
            if (request instanceof WebSocketGraphQlRequest socket
                    && socket.getSessionInfo().getAttributes().get(CONTEXT) instanceof SecurityContext context) {
                return chain.next(request).contextWrite(Context.of(SecurityContext.class.getName(), context));
            }
            return chain.next(request);
        }

        @Override
        public void handleConnectionClosed(WebSocketSessionInfo info, int statusCode, Map<String, Object> payload) {
            if (info.getAttributes().remove(EXPIRY) instanceof Disposable timer) {
                timer.dispose();
            }
        }

        private static void closeAt(WebSocketSessionInfo info, Instant expiresAt) {
            if (expiresAt == null || !(info.getAttributes().get(SESSION) instanceof WebSocketSession session)) {
                return;
            }
            Duration remaining = Duration.between(MachineTime.now(), expiresAt);
            info.getAttributes().put(EXPIRY, Mono.delay(remaining.isNegative() ? Duration.ZERO : remaining)
                    .subscribe(tick -> close(session)));
        }

        private static void close(WebSocketSession session) {
            try {
                session.close(TOKEN_EXPIRED);
            } catch (IOException ignored) {
                // already gone
            }
        }
    }
}
