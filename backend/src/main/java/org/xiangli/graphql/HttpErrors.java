package org.xiangli.graphql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one error body of every HTTP refusal, whoever refuses: on {@code /graphql} the GraphQL
 * response shape ({@code errors[0].extensions.classification}/{@code field}), on every other endpoint
 * RFC 9457 problem details ({@code application/problem+json}) carrying {@code classification},
 * {@code field} (when an input is at fault) and {@code requestId}.
 */
public final class HttpErrors {

    public static final String GRAPHQL_PATH = "/graphql";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpErrors() {
    }

    /** The HTTP status of a classification. */
    public static HttpStatus status(ApiError classification) {
        return switch (classification) {
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    /** The classification of an HTTP status someone else chose (Spring, the servlet container). */
    public static ApiError classification(int status) {
        return switch (status) {
            case 401 -> ApiError.UNAUTHORIZED;
            case 403 -> ApiError.FORBIDDEN;
            case 404, 405 -> status == 404 ? ApiError.NOT_FOUND : ApiError.BAD_REQUEST;
            case 409 -> ApiError.CONFLICT;
            case 503 -> ApiError.UNAVAILABLE;
            default -> status >= 500 ? ApiError.INTERNAL_ERROR : ApiError.BAD_REQUEST;
        };
    }

    /** Problem details for a non-GraphQL endpoint. */
    public static ProblemDetail problem(int status, ApiError classification, String message, @Nullable String field,
                                        @Nullable String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), message);
        if (path != null) {
            problem.setInstance(URI.create(path));
        }
        problem.setProperty("classification", classification.name());
        if (field != null) {
            problem.setProperty("field", field);
        }
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    /** The GraphQL response body of a request refused before it ran. */
    public static Map<String, Object> graphQlBody(ApiError classification, String message, @Nullable String field) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", classification.name());
        if (field != null) {
            extensions.put("field", field);
        }
        return Map.of("errors", List.of(Map.of("message", message, "extensions", extensions)));
    }

    /** Whether the request was for the GraphQL endpoint (also when it is being forwarded to the error page). */
    public static boolean isGraphQl(@Nullable String path) {
        return GRAPHQL_PATH.equals(path);
    }

    /** Writes a refusal from a servlet filter, in the shape of the endpoint it was for. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, ApiError classification,
                             String message, @Nullable String field) throws IOException {
        response.setStatus(status);
        if (isGraphQl(request.getRequestURI())) {
            response.setContentType("application/graphql-response+json");
            JSON.writeValue(response.getOutputStream(), graphQlBody(classification, message, field));
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JSON.writeValue(response.getOutputStream(), problemAsMap(problem(status, classification, message, field, request.getRequestURI())));
        }
    }

    private static Map<String, Object> problemAsMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
