package org.xiangli.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns every exception a data fetcher throws into the one error model: a message a person can act
 * on, {@code extensions.classification}, and {@code extensions.field} when an input is at fault.
 * An unreachable database is UNAVAILABLE (retry in a few seconds); anything else unexpected becomes
 * INTERNAL_ERROR with a request id; its details go to the log only, with that request id. Errors
 * that end a subscription's stream get the same treatment.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    ApiExceptionResolver() {
        // restores the caller's security context and request id on whatever thread resolves the error
        setThreadLocalContextAware(true);
    }

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return resolve(ex, env.getExecutionStepInfo().getPath().toString()).addTo(GraphqlErrorBuilder.newError(env)).build();
    }

    /**
     * The same model for errors a subscription's stream ends with (a role that may not read the
     * stream, a failure while it runs): they reach graphql-ws clients as its {@code error} message.
     */
    @Bean
    static SubscriptionExceptionResolver subscriptionErrors() {
        SubscriptionExceptionResolverAdapter adapter = new SubscriptionExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable ex) {
                return resolve(ex, "a subscription").addTo(GraphqlErrorBuilder.newError()).build();
            }
        };
        adapter.setThreadLocalContextAware(true);
        return adapter;
    }

    private record Resolved(ApiError classification, String message, @Nullable String field) {
        GraphqlErrorBuilder<?> addTo(GraphqlErrorBuilder<?> builder) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("classification", classification.name());
            if (field != null) {
                extensions.put("field", field);
            }
            return builder.message(message).errorType(classification).extensions(extensions);
        }
    }

    private static Resolved resolve(Throwable ex, String where) {
        return switch (ex) {
            case ApiException api -> new Resolved(api.classification(), api.getMessage(), api.field());
            case ConstraintViolationException cve -> constraintViolation(cve);
            case OptimisticLockingFailureException _ -> new Resolved(ApiError.CONFLICT,
                    "Someone else saved this record at the same moment: reload it and apply your change again", "input.version");
            case ConcurrencyFailureException _, jakarta.persistence.PessimisticLockException _, jakarta.persistence.LockTimeoutException _ ->
                    // two changes locked the same rows in opposite order (a deadlock) or waited too long: one of them goes on
                    new Resolved(ApiError.CONFLICT, "Someone else changed this record at the same moment: reload it and try again", null);
            case DataIntegrityViolationException _ -> new Resolved(ApiError.CONFLICT,
                    "The change clashes with existing data (a duplicate or a record still in use): reload and check", null);
            case AuthenticationCredentialsNotFoundException _ -> new Resolved(ApiError.UNAUTHORIZED,
                    "Sign in first: this needs a valid access token", null);
            case AccessDeniedException _ when AnonymousRequests.current() -> new Resolved(ApiError.UNAUTHORIZED,
                    "Sign in first: the public may only read published information", null);
            case AccessDeniedException _ -> new Resolved(ApiError.FORBIDDEN,
                    "Your role may not do this; ask an administrator of your area", null);
            case Throwable t when Unavailable.isDatabaseUnreachable(t) -> unavailable(t, where);
            default -> internal(ex, where);
        };
    }

    private static Resolved constraintViolation(ConstraintViolationException cve) {
        ConstraintViolation<?> first = cve.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .orElseThrow();
        String field = inputPath(first.getPropertyPath().toString());
        return new Resolved(ApiError.BAD_REQUEST, field + ": " + first.getMessage(), field);
    }

    /** Method-validation paths look like {@code createRegion.input.name}; clients know {@code input.name}. */
    private static String inputPath(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static Resolved unavailable(Throwable ex, String where) {
        log.warn("Database unreachable in {}: {}", where, ex.getMessage());
        return new Resolved(ApiError.UNAVAILABLE, Unavailable.MESSAGE, null);
    }

    private static Resolved internal(Throwable ex, String where) {
        // a graphql-ws message has no HTTP request of its own: it gets an id here, for the log and the client
        String requestId = java.util.Objects.requireNonNullElseGet(MDC.get(RequestIdFilter.MDC_KEY), () -> java.util.UUID.randomUUID().toString());
        log.error("INTERNAL_ERROR for request {} in {}", requestId, where, ex);
        return new Resolved(ApiError.INTERNAL_ERROR,
                "Something went wrong on our side. Try again; if it keeps failing, report request id " + requestId, null);
    }
}
