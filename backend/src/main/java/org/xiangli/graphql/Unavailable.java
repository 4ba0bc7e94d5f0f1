package org.xiangli.graphql;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (pool timed out waiting for a connection, connection refused
 * or lost) from every other failure: those are {@link ApiError#UNAVAILABLE}, worth retrying, and HTTP
 * 503 where the request could not start.
 */
public final class Unavailable {

    /** What a caller is told: nothing happened, try again. */
    public static final String MESSAGE = "The database cannot be reached right now; nothing was changed. Try again in a few seconds";

    /** Seconds a client is asked to wait before trying again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Unavailable() {
    }

    /** Whether the failure, or one of its causes, is the database being unreachable. */
    public static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }
}
