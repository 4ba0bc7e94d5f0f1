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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.xiangli.security.CurrentCaller;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns every exception a data fetcher throws into the one error model: a message a person can act
 * on, {@code extensions.classification}, and {@code extensions.field} when an input is at fault.
 * An unreachable database is UNAVAILABLE (retry in a few seconds); anything else unexpected becomes
 * INTERNAL_ERROR with a request id; its details go to the log only.
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
        return switch (ex) {
            case ApiException api -> error(env, api.classification(), api.getMessage(), api.field());
            case ConstraintViolationException cve -> constraintViolation(env, cve);
            case OptimisticLockingFailureException _ -> error(env, ApiError.CONFLICT,
                    "Someone else saved this record at the same moment: reload it and apply your change again", "input.version");
            case DataIntegrityViolationException _ -> error(env, ApiError.CONFLICT,
                    "The change clashes with existing data (a duplicate or a record still in use): reload and check", null);
            case AuthenticationCredentialsNotFoundException _ -> error(env, ApiError.UNAUTHORIZED,
                    "Sign in first: this needs a valid access token", null);
            case AccessDeniedException _ when CurrentCaller.get().isAnonymous() -> error(env, ApiError.UNAUTHORIZED,
                    "Sign in first: the public may only read published information", null);
            case AccessDeniedException _ -> error(env, ApiError.FORBIDDEN,
                    "Your role may not do this; ask an administrator of your area", null);
            case Throwable t when Unavailable.isDatabaseUnreachable(t) -> unavailable(env, t);
            default -> internal(env, ex);
        };
    }

    private GraphQLError constraintViolation(DataFetchingEnvironment env, ConstraintViolationException cve) {
        ConstraintViolation<?> first = cve.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .orElseThrow();
        String field = inputPath(first.getPropertyPath().toString());
        return error(env, ApiError.BAD_REQUEST, field + ": " + first.getMessage(), field);
    }

    /** Method-validation paths look like {@code createRegion.input.name}; clients know {@code input.name}. */
    private static String inputPath(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private GraphQLError unavailable(DataFetchingEnvironment env, Throwable ex) {
        log.warn("Database unreachable in {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
        return error(env, ApiError.UNAVAILABLE, Unavailable.MESSAGE, null);
    }

    private GraphQLError internal(DataFetchingEnvironment env, Throwable ex) {
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
        return error(env, ApiError.INTERNAL_ERROR,
                "Something went wrong on our side. Try again; if it keeps failing, report request id " + requestId, null);
    }

    private static GraphQLError error(DataFetchingEnvironment env, ApiError classification, String message, @Nullable String field) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", classification.name());
        if (field != null) {
            extensions.put("field", field);
        }
        return GraphqlErrorBuilder.newError(env)
                .message(message)
                .errorType(classification)
                .extensions(extensions)
                .build();
    }
}
