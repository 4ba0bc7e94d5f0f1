package org.xiangli.graphql;

import graphql.ErrorClassification;

/**
 * The one error classification every client of Xiangli sees in {@code extensions.classification}.
 */
public enum ApiError implements ErrorClassification {
    /** The request or one of its inputs is wrong; {@code extensions.field} names the input. */
    BAD_REQUEST,
    /** No such object in the caller's scope. */
    NOT_FOUND,
    /** No valid credentials. */
    UNAUTHORIZED,
    /** The caller's role may not take this action. */
    FORBIDDEN,
    /** The object changed since the caller read it, or the action clashes with its state. */
    CONFLICT,
    /**
     * A service the request needs (the database) cannot be reached right now; nothing was changed
     * and the same request may be sent again in a few seconds.
     */
    UNAVAILABLE,
    /** Something failed on our side; the message carries a request id to quote. */
    INTERNAL_ERROR
}
