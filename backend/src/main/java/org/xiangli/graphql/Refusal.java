package org.xiangli.graphql;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an HTTP refusal says, whoever raised it (our code, Spring MVC, the multipart parser, the
 * servlet container): its status, classification, a message to act on and the input at fault. No
 * exception text reaches the client; an unexpected failure is logged with its request id.
 */
public record Refusal(int status, ApiError classification, String message, @Nullable String field) {

    private static final Logger log = LoggerFactory.getLogger(Refusal.class);

    /**
     * @param status     the status someone already chose, used when the exception says nothing better
     * @param maxUpload  the multipart limit, named when an upload exceeds it
     * @param graphQl    whether the request was for {@code /graphql} (its messages speak of GraphQL requests)
     */
    public static Refusal of(@Nullable Throwable ex, int status, DataSize maxUpload, boolean graphQl) {
        Throwable cause = ex;
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof ApiException || t instanceof MaxUploadSizeExceededException) {
                cause = t;
                break;
            }
        }
        return switch (cause) {
            case ApiException.TooLarge big -> new Refusal(413, ApiError.BAD_REQUEST, big.getMessage(), big.field());
            case ApiException api -> new Refusal(HttpErrors.status(api.classification()).value(), api.classification(), api.getMessage(), api.field());
            case MaxUploadSizeExceededException _ -> new Refusal(413, ApiError.BAD_REQUEST,
                    "The upload is larger than the limit of %s (XIANGLI_MAX_UPLOAD): send a smaller file".formatted(readable(maxUpload)), "file");
            case MissingServletRequestPartException missing -> new Refusal(400, ApiError.BAD_REQUEST,
                    "The multipart field '%s' is missing: send the file in a field named %s".formatted(missing.getRequestPartName(),
                            missing.getRequestPartName()), missing.getRequestPartName());
            case MissingServletRequestParameterException missing -> new Refusal(400, ApiError.BAD_REQUEST,
                    "The parameter '%s' is missing".formatted(missing.getParameterName()), missing.getParameterName());
            case TypeMismatchException mismatch -> typeMismatch(mismatch);
            case MultipartException _ -> new Refusal(400, ApiError.BAD_REQUEST,
                    "Send the file as multipart/form-data in a field named file", "file");
            case HttpMessageNotReadableException _ when graphQl -> new Refusal(400, ApiError.BAD_REQUEST, GRAPHQL_BODY, null);
            case HttpMessageNotReadableException _ -> new Refusal(400, ApiError.BAD_REQUEST,
                    "The request body could not be read: send well-formed JSON of the documented shape", "body");
            case HttpMediaTypeNotSupportedException _ -> new Refusal(415, ApiError.BAD_REQUEST,
                    graphQl ? "Send the GraphQL request as application/json" : "This content type is not accepted here: see the README for the endpoint", null);
            case HttpRequestMethodNotSupportedException method -> new Refusal(405, ApiError.BAD_REQUEST,
                    "This endpoint does not take " + method.getMethod(), null);
            case NoResourceFoundException _ -> new Refusal(404, ApiError.NOT_FOUND, "There is nothing at this address", null);
            case AuthenticationException _ -> new Refusal(401, ApiError.UNAUTHORIZED, "Sign in first: this needs a valid access token", null);
            case AccessDeniedException _ -> new Refusal(403, ApiError.FORBIDDEN, "Your role may not do this; ask an administrator of your area", null);
            case ErrorResponse response when response.getStatusCode().is4xxClientError() -> byStatus(response.getStatusCode().value(), graphQl);
            case Throwable t when Unavailable.isDatabaseUnreachable(t) -> new Refusal(503, ApiError.UNAVAILABLE, Unavailable.MESSAGE, null);
            case Throwable t when DisconnectedClientHelper.isClientDisconnectedException(t) -> clientGone(t);
            case null -> byStatus(status, graphQl);
            default -> status >= 500 || status < 400 ? internal(ex) : byStatus(status, graphQl);
        };
    }

    private static final String GRAPHQL_BODY = "This is not a GraphQL request: send one JSON object with a query string "
            + "(and optionally variables, operationName and extensions), not an array or a bare id";

    private static Refusal byStatus(int status, boolean graphQl) {
        ApiError classification = HttpErrors.classification(status);
        String message = switch (classification) {
            case UNAUTHORIZED -> "Sign in first: this needs a valid access token";
            case FORBIDDEN -> "Your role may not do this; ask an administrator of your area";
            case NOT_FOUND -> "There is nothing at this address";
            case INTERNAL_ERROR -> "Something went wrong on our side. Try again; if it keeps failing, report request id "
                    + MDC.get(RequestIdFilter.MDC_KEY);
            default -> graphQl ? GRAPHQL_BODY : "The request is malformed: see the README for this endpoint";
        };
        return new Refusal(status, classification, message, null);
    }

    private static Refusal typeMismatch(TypeMismatchException mismatch) {
        String name = mismatch.getPropertyName() != null ? mismatch.getPropertyName() : "parameter";
        Class<?> type = mismatch.getRequiredType();
        String allowed = type != null && type.isEnum()
                ? ": use one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
                : "";
        return new Refusal(400, ApiError.BAD_REQUEST, "'%s' is not a valid %s%s".formatted(mismatch.getValue(), name, allowed), name);
    }

    /** The client hung up before the answer was written: nobody reads this refusal, and it is not our failure. */
    private static Refusal clientGone(Throwable ex) {
        log.debug("The client of request {} disconnected: {}", MDC.get(RequestIdFilter.MDC_KEY), ex.toString());
        return new Refusal(400, ApiError.BAD_REQUEST, "The client closed the connection", null);
    }

    private static Refusal internal(Throwable ex) {
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        log.error("INTERNAL_ERROR for request {}", requestId, ex);
        return new Refusal(500, ApiError.INTERNAL_ERROR,
                "Something went wrong on our side. Try again; if it keeps failing, report request id " + requestId, null);
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
