package org.xiangli.graphql;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Replaces Spring Boot's error page (its bare {@code {"timestamp","status","error"}}): whatever
 * refused a request before a controller could answer (the GraphQL HTTP handler reading a body that
 * is not a GraphQL request, the multipart parser, the servlet container) answers in the one error
 * model ({@link HttpErrors}).
 */
@RestController
class ErrorPage implements ErrorController {

    private final ErrorAttributes errors;
    private final DataSize maxUpload;

    ErrorPage(ErrorAttributes errors, @Value("${spring.servlet.multipart.max-request-size:1MB}") DataSize maxUpload) {
        this.errors = errors;
        this.maxUpload = maxUpload;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request, HttpServletResponse response) {
        String requestId = response.getHeader(RequestIdFilter.HEADER);
        if (requestId != null) {
            MDC.put(RequestIdFilter.MDC_KEY, requestId);
        }
        try {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer value ? value : 500;
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path = uri instanceof String value ? value : request.getRequestURI();
            Throwable ex = errors.getError(new ServletWebRequest(request));
            if (ex == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
                ex = thrown;
            }
            boolean graphQl = HttpErrors.isGraphQl(path);
            Refusal refusal = Refusal.of(ex, status, maxUpload, graphQl);
            if (graphQl) {
                return ResponseEntity.status(refusal.status()).contentType(MediaType.parseMediaType("application/graphql-response+json"))
                        .body(HttpErrors.graphQlBody(refusal.classification(), refusal.message(), refusal.field()));
            }
            return ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(HttpErrors.problem(refusal.status(), refusal.classification(), refusal.message(), refusal.field(), path));
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }
}
