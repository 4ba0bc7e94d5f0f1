package org.xiangli.support;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The statements that actually reach the database server, as the driver sends them: the
 * application's own, and those the driver sends for it ({@code SET autocommit=0}, {@code commit}),
 * which a counting {@code DataSource} never sees. Installed on every test connection through the
 * {@code queryInterceptors} URL setting ({@link TestDatabase#url()}); records only while a test asks.
 */
public final class ServerStatements implements QueryInterceptor {

    private static final String BACKGROUND_POLLER = "live-change-feed-";

    /** Transaction bookkeeping: what a read should never cost. */
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?i)^\\s*(set\\s+autocommit|commit|rollback|start\\s+transaction|begin|set\\s+session\\s+transaction).*");

    private static final List<String> SENT = new ArrayList<>();
    private static volatile boolean recording;

    /** Runs the action and returns the statements the server received meanwhile, in order. */
    public static synchronized List<String> during(Runnable action) {
        synchronized (SENT) {
            SENT.clear();
        }
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        synchronized (SENT) {
            return List.copyOf(SENT);
        }
    }

    public static boolean isTransactionControl(String statement) {
        return TRANSACTION_CONTROL.matcher(statement).matches();
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
        if (recording && !Thread.currentThread().getName().startsWith(BACKGROUND_POLLER)) {
            String text = sql.get();
            synchronized (SENT) {
                SENT.add(text);
            }
        }
        return null;
    }

    @Override
    public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
        return this;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return false;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
                                               ServerSession serverSession) {
        return null;
    }
}
