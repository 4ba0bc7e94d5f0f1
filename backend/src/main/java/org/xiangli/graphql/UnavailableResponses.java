package org.xiangli.graphql;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * HTTP endpoints outside GraphQL (device event posts, files) that cannot start because the database
 * is unreachable answer 503 with {@code Retry-After} and classification UNAVAILABLE, so a gateway or
 * load balancer retries instead of reporting a server bug.
 */
@RestControllerAdvice
class UnavailableResponses {

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, Unavailable.MESSAGE);
        problem.setProperty("classification", ApiError.UNAVAILABLE.name());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(Unavailable.RETRY_AFTER_SECONDS)).body(problem);
    }
}
