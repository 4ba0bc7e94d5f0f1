package org.xiangli.graphql;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The error body of every REST endpoint (files, device events): RFC 9457 problem details with
 * {@code classification}, {@code field} and {@code requestId} ({@link HttpErrors}), for our own
 * refusals and Spring's alike.
 */
@RestControllerAdvice
class RestErrors {

    private final DataSize maxUpload;

    RestErrors(@Value("${spring.servlet.multipart.max-request-size:1MB}") DataSize maxUpload) {
        this.maxUpload = maxUpload;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> refused(Exception ex, HttpServletRequest request) throws Exception {
        if (ex instanceof org.springframework.security.access.AccessDeniedException
                && AnonymousRequests.current()) {
            throw ex; // Spring Security answers 401 with WWW-Authenticate
        }
        boolean graphQl = HttpErrors.isGraphQl(request.getRequestURI());
        Refusal refusal = Refusal.of(ex, 500, maxUpload, graphQl);
        if (graphQl) {
            // the GraphQL HTTP handler failed before GraphQL ran (a body that is no GraphQL request)
            return ResponseEntity.status(refusal.status()).contentType(MediaType.parseMediaType("application/graphql-response+json"))
                    .body(HttpErrors.graphQlBody(refusal.classification(), refusal.message(), refusal.field()));
        }
        return ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .headers(headers -> {
                    if (refusal.classification() == ApiError.UNAVAILABLE) {
                        headers.set("Retry-After", String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
                    }
                })
                .body(HttpErrors.problem(refusal.status(), refusal.classification(), refusal.message(), refusal.field(),
                        request.getRequestURI()));
    }
}
