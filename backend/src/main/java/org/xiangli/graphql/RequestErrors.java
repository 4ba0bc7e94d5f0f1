package org.xiangli.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.GoodFaithIntrospection;
import graphql.introspection.IntrospectionDisabledError;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings errors raised by graphql-java itself (syntax, validation, variable coercion, introspection
 * refusals) into the one error model, in words a client can act on: request errors become
 * BAD_REQUEST, introspection without a token UNAUTHORIZED, anything else unclassified becomes
 * INTERNAL_ERROR, logged with its request id. A subscription sent over plain HTTP is refused: its
 * stream needs graphql-ws.
 */
@Component
class RequestErrors implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestErrors.class);

    /** graphql-java prints literals as {@code EnumValue{name='DONE'}}, {@code StringValue{value='x'}}, … */
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z]+Value\\{(?:name|value)=('?)([^'}]*)\\1}");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String requestId = String.valueOf(request.getAttributes().getOrDefault(RequestIdFilter.MDC_KEY, request.getId()));
        return chain.next(request).map(response -> {
            if (!(request instanceof WebSocketGraphQlRequest) && response.getExecutionResult().getData() instanceof Publisher<?>) {
                return response.transform(builder -> builder.data(null).errors(List.of(subscriptionOverHttp())));
            }
            return response.getErrors().isEmpty() ? response
                    : response.transform(builder -> builder.errors(response.getExecutionResult().getErrors().stream()
                    .map(error -> normalise(error, requestId)).toList()));
        });
    }

    private static GraphQLError subscriptionOverHttp() {
        return GraphqlErrorBuilder.newError()
                .message("Subscriptions stream over WebSocket: connect with the graphql-ws protocol to /graphql "
                        + "(sign in with the connection_init payload); plain HTTP answers queries and mutations only")
                .errorType(ApiError.BAD_REQUEST)
                .extensions(Map.of("classification", ApiError.BAD_REQUEST.name()))
                .build();
    }

    private static GraphQLError normalise(GraphQLError error, String requestId) {
        ErrorClassification type = error.getErrorType();
        if (type instanceof ApiError) {
            return error;
        }
        ApiError classification;
        String message;
        if (error instanceof IntrospectionDisabledError) {
            classification = ApiError.UNAUTHORIZED;
            message = "Sign in to explore the schema: introspection is for signed-in callers (send Authorization: Bearer <token>)";
        } else if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            classification = ApiError.BAD_REQUEST;
            message = "This introspection document asks for too much: ask for __schema or __type once, without aliases, "
                    + "and without repeating fields such as fields or inputFields (the standard query of GraphiQL fits)";
        } else if (isRequestError(type)) {
            classification = ApiError.BAD_REQUEST;
            message = readable(error.getMessage());
        } else {
            classification = springClassification(type);
            message = readable(error.getMessage());
        }
        if (classification == ApiError.INTERNAL_ERROR) {
            log.error("INTERNAL_ERROR for request {} at {}: {} ({}, extensions {})", requestId, error.getPath(), error.getMessage(),
                    type, error.getExtensions());
            message = "Something went wrong on our side. Try again; if it keeps failing, report request id " + requestId;
        }
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put("classification", classification.name());
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(classification)
                .extensions(extensions)
                .build();
    }

    /** graphql-java's message with its literals as the client wrote them ({@code DONE}, not {@code EnumValue{name='DONE'}}). */
    static String readable(String message) {
        if (message == null) {
            return "";
        }
        Matcher literal = LITERAL.matcher(message);
        return literal.replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
    }

    /** Errors classified by Spring for GraphQL's own resolvers keep their meaning. */
    private static ApiError springClassification(ErrorClassification type) {
        if (type instanceof org.springframework.graphql.execution.ErrorType spring) {
            return ApiError.valueOf(spring.name());
        }
        return ApiError.INTERNAL_ERROR;
    }

    private static boolean isRequestError(ErrorClassification type) {
        return type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError
                || type == ErrorType.OperationNotSupported || type == ErrorType.ExecutionAborted;
    }
}
