package org.xiangli.graphql;

import org.jspecify.annotations.Nullable;

/**
 * A refusal the client can act on. The message is shown to the client as it is, so it must say
 * what is wrong and what to do, and never carry internals.
 */
public class ApiException extends RuntimeException {

    private final ApiError classification;
    private final @Nullable String field;

    protected ApiException(ApiError classification, @Nullable String field, String message) {
        super(message);
        this.classification = classification;
        this.field = field;
    }

    public ApiError classification() {
        return classification;
    }

    /** The input field (dotted path, e.g. {@code input.code}) that caused the error, if any. */
    public @Nullable String field() {
        return field;
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(ApiError.BAD_REQUEST, field, message);
    }

    public static ApiException notFound(String field, String message) {
        return new ApiException(ApiError.NOT_FOUND, field, message);
    }

    /** An upload or body above a size limit: BAD_REQUEST, answered over HTTP with 413. */
    public static ApiException tooLarge(String field, String message) {
        return new TooLarge(field, message);
    }

    /** See {@link #tooLarge}. */
    public static final class TooLarge extends ApiException {
        private TooLarge(String field, String message) {
            super(ApiError.BAD_REQUEST, field, message);
        }
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ApiError.FORBIDDEN, null, message);
    }

    public static ApiException conflict(@Nullable String field, String message) {
        return new ApiException(ApiError.CONFLICT, field, message);
    }

    /** The version the client sent does not match the stored one: someone else saved first. */
    public static ApiException staleVersion(String what, long expected, long actual) {
        return conflict("input.version", "%s was changed by someone else (your version %d, current %d): reload it and apply your change again"
                .formatted(what, expected, actual));
    }
}
