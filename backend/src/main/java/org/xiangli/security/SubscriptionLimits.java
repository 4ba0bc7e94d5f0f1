package org.xiangli.security;

import graphql.GraphqlErrorBuilder;
import org.reactivestreams.Publisher;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;
import org.xiangli.graphql.ApiError;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One graphql-ws connection holds at most {@code xiangli.limits.max-subscriptions-per-connection}
 * subscriptions at once (each holds a buffer of its own on the server). One more is refused with an
 * {@code error} message for its id (BAD_REQUEST); the connection and its other streams stay.
 * A subscription counts until it completes, fails, the client stops it, or the connection closes.
 */
@Component
class SubscriptionLimits implements WebGraphQlInterceptor {

    private static final String ACTIVE = SubscriptionLimits.class.getName() + ".active";

    private final LimitProperties limits;

    SubscriptionLimits(LimitProperties limits) {
        this.limits = limits;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest socket)) {
            return chain.next(request);
        }
        AtomicInteger active = (AtomicInteger) socket.getSessionInfo().getAttributes()
                .computeIfAbsent(ACTIVE, key -> new AtomicInteger());
        return chain.next(request).map(response -> {
            if (!(response.getExecutionResult().getData() instanceof Publisher<?> stream)) {
                return response;
            }
            if (active.incrementAndGet() > limits.maxSubscriptionsPerConnection()) {
                active.decrementAndGet();
                return response.transform(builder -> builder.data(null).errors(List.of(GraphqlErrorBuilder.newError()
                        .message("This connection already holds %d subscriptions, the most one connection may: stop one (complete) or open another connection"
                                .formatted(limits.maxSubscriptionsPerConnection()))
                        .errorType(ApiError.BAD_REQUEST)
                        .extensions(Map.of("classification", ApiError.BAD_REQUEST.name()))
                        .build())));
            }
            Flux<?> counted = Flux.from(stream).doFinally(signal -> active.decrementAndGet());
            return response.transform(builder -> builder.data(counted));
        });
    }
}
