package org.xiangli.support;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements the application sends, across all threads (GraphQL runs data fetchers
 * on virtual threads). Tests run one at a time, so reset, act, read is exact.
 */
public final class SqlStatements implements QueryExecutionListener {

    private static final String BACKGROUND_POLLER = "eldercare-alert-feed";

    private static final AtomicLong COUNT = new AtomicLong();

    public static void reset() {
        COUNT.set(0);
    }

    public static long count() {
        return COUNT.get();
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        // the live-alert feed polls the outbox on its own thread whatever the test does
        if (!Thread.currentThread().getName().equals(BACKGROUND_POLLER)) {
            COUNT.addAndGet(queryInfoList.size());
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
