package org.xiangli.graphql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * A list's {@code totalCount}, counted on a connection of its own while the page is read on the
 * request's: the request waits for the slower statement, not for both one after the other. A
 * county's projects in progress take about ten times as long to count (3,297 index entries) as to
 * page (docs/performance.md). Inside a transaction it counts when asked, on the transaction's
 * connection: a second connection would read another snapshot, and might wait for a pool that the
 * transaction's own connection helps exhaust.
 */
final class CountBeside {

    private static final ExecutorService COUNTERS =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("list-count-", 0).factory());

    private CountBeside() {
    }

    /** Starts counting the rows of {@code sql} ({@code SELECT COUNT(*) …}); the supplier waits for the answer. */
    static LongSupplier start(JdbcClient jdbc, String sql, Map<String, Object> parameters) {
        LongSupplier count = () -> jdbc.sql(sql).params(parameters).query(Long.class).single();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return count;
        }
        CompletableFuture<Long> counted = CompletableFuture.supplyAsync(count::getAsLong, COUNTERS);
        return () -> {
            try {
                return counted.join();
            } catch (CompletionException failed) {
                // the count's own error (a DataAccessException), as if it had been counted here
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        };
    }
}
