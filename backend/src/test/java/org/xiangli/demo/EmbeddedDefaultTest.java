package org.xiangli.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiangli.XiangliApplication;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup default: H2 in MySQL mode in a file, migrated by the same Flyway scripts, with the
 * demo data loaded once however often the platform restarts, and never in the prod profile.
 */
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    @Test
    void demoDataLoadsOnceAcrossRestarts() {
        long first = regionsAfterStart();
        long second = regionsAfterStart();
        // counties, townships, villages of the facts, and the three demo villages of 李家巷镇 that hold its grids
        assertThat(first).isEqualTo(17 + 26 + 10 + 3);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theProdProfileNeverLoadsDemoData() {
        try (ConfigurableApplicationContext context = start("prod")) {
            assertThat(regions(context)).isZero();
        }
    }

    private long regionsAfterStart() {
        try (ConfigurableApplicationContext context = start()) {
            return regions(context);
        }
    }

    private ConfigurableApplicationContext start(String... profiles) {
        return new SpringApplicationBuilder(XiangliApplication.class)
                .profiles(profiles)
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("xiangli")
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=YEAR,VALUE,LEVEL",
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--xiangli.crypto.keys.k1=" + java.util.Base64.getEncoder().encodeToString(new byte[32]));
    }

    private static long regions(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM region").query(Long.class).single();
    }
}
