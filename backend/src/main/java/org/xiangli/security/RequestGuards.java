package org.xiangli.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xiangli.graphql.ApiError;
import org.xiangli.graphql.HttpErrors;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HTTP-level guards of the GraphQL endpoint, after authentication: a body size limit (413; bodies
 * must declare their length, so none can be streamed past the limit) and a
 * per-client rate limit (429 with Retry-After), keyed by user or service account, or by address
 * for the anonymous public.
 */
@Configuration(proxyBeanMethods = false)
class RequestGuards {

    private static final int TRACKED_CLIENTS = 100_000;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> graphQlRequestGuard(LimitProperties limits) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Guard(limits));
        registration.addUrlPatterns("/graphql");
        registration.setOrder(0);
        return registration;
    }

    private static final class Guard extends OncePerRequestFilter {
        private final LimitProperties limits;
        private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > TRACKED_CLIENTS;
            }
        });

        Guard(LimitProperties limits) {
            this.limits = limits;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && request.getContentLengthLong() < 0) {
                HttpErrors.write(request, response, 411, ApiError.BAD_REQUEST, "Send the request body with a Content-Length header", null);
                return;
            }
            if (request.getContentLengthLong() > limits.maxBodySize().toBytes()) {
                HttpErrors.write(request, response, 413, ApiError.BAD_REQUEST, "The request body is larger than %d bytes: send a smaller query"
                        .formatted(limits.maxBodySize().toBytes()), null);
                return;
            }
            Caller caller = CurrentCaller.get();
            String client = caller.isAnonymous() ? "address:" + request.getRemoteAddr() : "caller:" + caller.name();
            int perMinute = caller.isAnonymous() ? limits.anonymousRequestsPerMinute() : limits.requestsPerMinute();
            ConsumptionProbe probe = buckets.computeIfAbsent(client, key -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                    .build()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
                response.setHeader("Retry-After", Long.toString(seconds));
                HttpErrors.write(request, response, 429, ApiError.BAD_REQUEST,
                        "Too many requests: at most %d a minute; try again in %d s".formatted(perMinute, seconds), null);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
