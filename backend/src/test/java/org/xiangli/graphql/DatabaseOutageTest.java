package org.xiangli.graphql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.xiangli.support.ApiTest;
import org.xiangli.support.TcpProxy;
import org.xiangli.support.TestDatabase;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away under a running application (its connections dropped, its port refusing,
 * as when MariaDB is killed) and comes back: requests fail fast with the retryable UNAVAILABLE (503
 * on a file endpoint), readiness is DOWN meanwhile so a load balancer stops sending traffic, and all
 * of it recovers by itself. The application reaches the database through a proxy the test cuts.
 */
@TestPropertySource(properties = {"xiangli.eldercare.mqtt.enabled=false", "spring.datasource.hikari.connection-timeout=2500"})
class DatabaseOutageTest extends ApiTest {

    private static final TcpProxy DATABASE = new TcpProxy(host(), port());

    private static final String QUERY = """
            { regions(filter: {within: "330523"}) { totalCount } }""";

    @Autowired
    private DataSource dataSource;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        // the pool's own URL: ApiTest's spring.datasource.url stays, and the pool's binding comes after it
        registry.add("spring.datasource.hikari.jdbc-url", () -> TestDatabase.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + DATABASE.port() + "/"));
    }

    @AfterAll
    static void closeProxy() {
        DATABASE.close();
    }

    @Test
    void requestsFailFastAsUnavailableWhileTheDatabaseIsDownAndRecoverWhenItIsBack() throws Exception {
        assertThat(dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl()).contains(":" + DATABASE.port() + "/");
        assertThat(totalCount()).isPositive();
        assertThat(readiness()).isEqualTo(200);

        DATABASE.cut();
        try {
            long started = System.nanoTime();
            List<ResponseError> errors = new ArrayList<>();
            graphQl.document(QUERY).execute().errors().satisfy(errors::addAll);
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            System.out.printf("query while the database is down: answered in %d ms%n", millis);
            assertThat(errors).isNotEmpty().allSatisfy(error -> {
                assertThat(error.getExtensions()).containsEntry("classification", "UNAVAILABLE");
                assertThat(error.getMessage()).contains("Try again").doesNotContain("Exception").doesNotContain("jdbc");
            });
            assertThat(millis).as("fails fast, not after the pool's 30 s default").isLessThan(8_000);

            http.get().uri("/files/evidence/" + GlobalId.of("EvidenceFile", 1)).header("Authorization", "Bearer " + tokenOf(ANJI_ADMIN))
                    .exchange().expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "5")
                    .expectBody().jsonPath("$.classification").isEqualTo("UNAVAILABLE");

            assertThat(readiness()).as("readiness DOWN while the pool cannot connect").isEqualTo(503);
            http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        } finally {
            DATABASE.restore();
        }

        long back = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(readiness()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(totalCount()).isPositive());
        System.out.printf("database back: ready again after %d ms%n", Duration.ofNanos(System.nanoTime() - back).toMillis());
    }

    private long totalCount() {
        return graphQl.document(QUERY).execute().path("regions.totalCount").entity(Long.class).get();
    }

    private int readiness() {
        return http.get().uri("/actuator/health/readiness").exchange().returnResult(Map.class).getStatus().value();
    }

    private static String host() {
        return URI.create(TestDatabase.url().substring("jdbc:".length())).getHost();
    }

    private static int port() {
        int port = URI.create(TestDatabase.url().substring("jdbc:".length())).getPort();
        return port < 0 ? 3306 : port;
    }
}
