package org.xiangli.graphql;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiangli.support.ApiTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountBesideTest extends ApiTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void outsideATransactionTheCountRunsWhileTheCallerGoesOn() throws Exception {
        try (Connection caller = dataSource.getConnection(); Statement statement = caller.createStatement()) {
            statement.execute("SELECT GET_LOCK('count-beside', 0)");
            // counted in line, this would wait the 10 s for the lock the caller holds, and give up (0)
            LongSupplier total = CountBeside.start(jdbc, "SELECT GET_LOCK('count-beside', 10) + RELEASE_LOCK('count-beside')", Map.of());
            statement.execute("SELECT RELEASE_LOCK('count-beside')");
            assertThat(total.getAsLong()).as("the lock taken and released once the caller let it go").isEqualTo(2);
        }
    }

    @Test
    void insideATransactionItCountsOnTheTransactionsConnection() {
        transaction.executeWithoutResult(status -> {
            LongSupplier total = CountBeside.start(jdbc, "SELECT CONNECTION_ID()", Map.of());
            long own = jdbc.sql("SELECT CONNECTION_ID()").query(Long.class).single();
            assertThat(total.getAsLong()).isEqualTo(own);
        });
    }

    @Test
    void theCountsErrorIsTheCallersAsIfCountedInLine() {
        LongSupplier total = CountBeside.start(jdbc, "SELECT COUNT(*) FROM no_such_table WHERE id > :from", Map.of("from", 1));
        assertThatThrownBy(total::getAsLong).isInstanceOf(BadSqlGrammarException.class);
    }
}
