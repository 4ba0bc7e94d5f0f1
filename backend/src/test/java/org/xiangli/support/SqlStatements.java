package org.xiangli.support;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements that requests send: those of virtual threads (the server answers each
 * request on one, counts a list's total beside it on another, and runs its background jobs on
 * them) and of the thread that reset the count
 * (a test calling a service directly). Platform threads work in the background whatever the test
 * does: the schedulers, the live-change feed, the event pipeline. Tests run one at a time, so
 * reset, act, read is exact.
 */
public final class SqlStatements implements QueryExecutionListener {

    private static final String BACKGROUND_POLLER = "live-change-feed-";
    /** Spring's scheduler: the escalation and rule sweeps run every few seconds whatever the test does. */
    private static final String BACKGROUND_SCHEDULE = "scheduling-";

    private static final AtomicLong COUNT = new AtomicLong();
    private static final List<String> WATCHED = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static volatile String watched = "";

    private static volatile @Nullable Thread resetBy;

    public static void reset() {
        resetBy = Thread.currentThread();
        COUNT.set(0);
    }

    public static long count() {
        return COUNT.get();
    }

    /** Runs the action and returns the statements the thread of this name sent meanwhile (a background thread's, which {@link #count} leaves out). */
    public static synchronized List<String> ofThread(String name, Runnable action) {
        WATCHED.clear();
        watched = name;
        try {
            action.run();
        } finally {
            watched = "";
        }
        return List.copyOf(WATCHED);
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        // the live-change feed polls the outbox on its own thread whatever the test does
        Thread current = Thread.currentThread();
        String thread = current.getName();
        if ((current.isVirtual() || current == resetBy) && !thread.startsWith(BACKGROUND_POLLER) && !thread.startsWith(BACKGROUND_SCHEDULE)) {
            COUNT.addAndGet(queryInfoList.size());
        } else if (thread.equals(watched)) {
            queryInfoList.forEach(query -> WATCHED.add(query.getQuery()));
        }
    }

    /** Wraps the application's DataSource in a counting proxy. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
                            ? ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new SqlStatements()).build()
                            : bean;
                }
            };
        }
    }
}
