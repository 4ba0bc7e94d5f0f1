package org.xiangli.graphql;

import graphql.GraphQLContext;
import io.micrometer.context.ContextRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane, else a new one),
 * puts it in the logging context and the GraphQL context, and echoes it in the response, so a user
 * can quote it and an operator can find the log lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String MDC_KEY = "requestId";
    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    static {
        // GraphQL runs data fetchers on other threads: carry the request id along for logs and audit
        ContextRegistry.getInstance().registerThreadLocalAccessor(MDC_KEY,
                () -> MDC.get(MDC_KEY), value -> MDC.put(MDC_KEY, value), () -> MDC.remove(MDC_KEY));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        request.setAttribute(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The request id carried in a GraphQL execution's context. */
    public static String of(GraphQLContext context) {
        return context.getOrDefault(MDC_KEY, "unknown");
    }

    /** Copies the request id into the GraphQL context, where data fetchers on any thread can read it. */
    @Component
    static class IntoGraphQlContext implements WebGraphQlInterceptor {
        @Override
        public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
            String id = request.getHeaders().getFirst(HEADER);
            String current = MDC.get(MDC_KEY);
            String requestId = current != null ? current : id != null ? id : UUID.randomUUID().toString();
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(MDC_KEY, requestId)).build());
            return chain.next(request);
        }
    }
}
