package org.xiangli.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings errors raised by graphql-java itself (syntax, validation, variable coercion) into the one
 * error model: they become BAD_REQUEST; anything else unclassified becomes INTERNAL_ERROR.
 */
@Component
class RequestErrors implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> response.getErrors().isEmpty() ? response
                : response.transform(builder -> builder.errors(normalised(response.getExecutionResult().getErrors()))));
    }

    private static List<GraphQLError> normalised(List<GraphQLError> errors) {
        return errors.stream().map(RequestErrors::normalise).toList();
    }

    private static GraphQLError normalise(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type instanceof ApiError) {
            return error;
        }
        ApiError classification = isRequestError(type) ? ApiError.BAD_REQUEST : springClassification(type);
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put("classification", classification.name());
        return GraphqlErrorBuilder.newError()
                .message(classification == ApiError.INTERNAL_ERROR ? "Something went wrong on our side. Try again later." : error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(classification)
                .extensions(extensions)
                .build();
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
