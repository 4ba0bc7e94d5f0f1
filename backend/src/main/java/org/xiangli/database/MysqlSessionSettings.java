package org.xiangli.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Connector/J settings that keep session bookkeeping off the wire, for MySQL URLs only (H2, the
 * embedded default, refuses settings it does not know). The driver remembers the autocommit and
 * read-only state it set and skips a {@code SET} that changes nothing, skips {@code COMMIT} and
 * {@code ROLLBACK} when the server says no transaction is open, and keeps a read-only transaction
 * read-only on the client (no {@code SET SESSION TRANSACTION READ ONLY} and back around it). It
 * also keeps the parsed form of the statements it prepares and the server's settings per pool.
 */
@Component
class MysqlSessionSettings implements BeanPostProcessor {

    static final Map<String, String> SETTINGS = Map.of(
            "useLocalSessionState", "true",
            "useLocalTransactionState", "true",
            "readOnlyPropagatesToServer", "false",
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048",
            "cacheServerConfiguration", "true");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:mysql:")) {
            SETTINGS.forEach(pool::addDataSourceProperty);
        }
        return bean;
    }
}
