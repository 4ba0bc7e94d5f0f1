package org.xiangli.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Base of the API tests: the whole application on a random port, over its real HTTP endpoint, on
 * the run's throw-away MySQL-compatible database with the demo data loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SqlStatements.Wiring.class)
public abstract class ApiTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger(1);

    @LocalServerPort
    protected int port;

    @Autowired
    protected RegionImport regionImport;

    protected HttpGraphQlTester graphQl;
    protected WebTestClient http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
    }

    @BeforeEach
    void clients() {
        http = WebTestClient.bindToServer(new JdkClientHttpConnector())
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
        graphQl = HttpGraphQlTester.create(http.mutate().baseUrl("http://127.0.0.1:" + port + "/graphql").build());
    }

    /** A number no other test of this run gets, for unique codes and names. */
    protected static int unique() {
        return UNIQUE.getAndIncrement();
    }

    /** A fresh county with a code no demo county has (9xxxxx), for tests that need their own tree. */
    protected String freshCounty(String name) {
        String code = "9%05d".formatted(unique());
        regionImport.ensure(new RegionImport.Unit(code, RegionKind.COUNTY, null, name, null, null, null, true));
        return code;
    }
}
