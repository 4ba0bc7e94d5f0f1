package org.xiangli.support;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;

import org.xiangli.security.CurrentCaller;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Base of the API tests: the whole application on a random port, over its real HTTP endpoint, on
 * the run's throw-away MySQL-compatible database with the demo data loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "xiangli.limits.requests-per-minute=1000000",
        "xiangli.limits.anonymous-requests-per-minute=1000000",
        "xiangli.security.clock-skew=1s",
        // elder-care rule tests evaluate at instants of their choosing; the background job would race them
        "xiangli.eldercare.schedule.enabled=false",
        // the escalation sweep likewise: tests escalate at instants of their choosing
        "xiangli.escalation.enabled=false"})
@Import(SqlStatements.Wiring.class)
public abstract class ApiTest {

    /** Demo users of the realm (password demo) and the integrator's service account. */
    protected static final String PLATFORM_ADMIN = "platform.admin";
    protected static final String ANJI_ADMIN = "anji.admin";
    protected static final String SHANGSHU_ADMIN = "shangshu.admin";
    protected static final String SHANGSHU_OFFICIAL = "shangshu.official";
    protected static final String LINPING_OPERATOR = "linping.operator";
    protected static final String ANJI_SUPERVISOR = "anji.supervisor";
    protected static final String DEQING_ADMIN = "deqing.admin";
    protected static final String INTEGRATOR = "demo-integrator";
    /** Command centres of 李家巷镇 (长兴县) and 上墅乡; grid workers of a 李家巷镇 grid and of a 上墅村 grid. */
    protected static final String LIJIAXIANG_CENTRE = "lijiaxiang.centre";
    protected static final String SHANGSHU_CENTRE = "shangshu.centre";
    protected static final String XU_YANLIANG = "xu.yanliang";
    protected static final String SHANGSHU_GRID = "shangshu.grid";

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetched) {
    }

    private static final AtomicInteger UNIQUE = new AtomicInteger(1);

    static {
        // a shared CI machine under load can take more than Awaitility's 10 s to deliver; waits end as soon as they hold
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected RegionImport regionImport;

    protected HttpGraphQlTester graphQl;
    protected WebTestClient http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("xiangli.security.issuer", () -> KeycloakServer.shared().issuer());
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        // a share group of the run's own, so another test run or a developer's instance on the same broker takes none of its events
        registry.add("xiangli.eldercare.mqtt.share-group", () -> "xiangli-" + TestDatabase.name());
    }

    @BeforeEach
    void clients() {
        http = WebTestClient.bindToServer(new JdkClientHttpConnector())
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
        graphQl = HttpGraphQlTester.create(http.mutate().baseUrl("http://127.0.0.1:" + port + "/graphql").build());
    }

    /**
     * A client acting as the given demo user (or, for {@link #INTEGRATOR}, the integrator's
     * service account), with a token issued by the real Keycloak.
     */
    protected HttpGraphQlTester as(String user) {
        return graphQl.mutate().header("Authorization", "Bearer " + tokenOf(user)).build();
    }

    protected static String tokenOf(String user) {
        return TOKENS.compute(user, (name, cached) -> cached != null && cached.fetched().isAfter(Instant.now().minusSeconds(120))
                ? cached
                : new Token(INTEGRATOR.equals(name)
                        ? KeycloakServer.shared().clientToken(INTEGRATOR, "demo-integrator-secret")
                        : KeycloakServer.shared().passwordToken(name, "demo"), Instant.now())).value();
    }

    /** A number no other test of this run gets, for unique codes and names. */
    /** A graphql-ws client of this instance, signed in as the user. */
    protected WebSocketGraphQlClient subscriber(String user) {
        return subscriber(user, port);
    }

    /** A graphql-ws client of the instance listening on the given port. */
    protected WebSocketGraphQlClient subscriber(String user, int port) {
        String token = tokenOf(user);
        return WebSocketGraphQlClient.builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new StandardWebSocketClient())
                .interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(Map.of("Authorization", "Bearer " + token));
                    }
                })
                .build();
    }

    protected static int unique() {
        return UNIQUE.getAndIncrement();
    }

    /** A fresh county with a code no demo county has (9xxxxx), for tests that need their own tree. */
    protected String freshCounty(String name) {
        String code = "9%05d".formatted(unique());
        asSystem(() -> regionImport.ensure(new RegionImport.Unit(code, RegionKind.COUNTY, null, name, null, null, null, true)));
        return code;
    }

    /** Imports units as the platform itself, the way the demo data loads. */
    protected void importUnits(RegionImport.Unit... units) {
        asSystem(() -> {
            for (RegionImport.Unit unit : units) {
                regionImport.ensure(unit);
            }
        });
    }

    /**
     * Changes a unit's description over GraphQL, so the {@code regionChanged} subscribers whose scope
     * holds it hear of it; returns the new description.
     */
    protected String touchRegion(String code, String user) {
        String description = "订阅测试 " + unique();
        var current = as(user).document("query($c: String!) { region(code: $c) { id version } }").variable("c", code).execute();
        as(user).document("mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { region { version } } }")
                .variable("input", Map.of("id", current.path("region.id").entity(String.class).get(),
                        "version", current.path("region.version").entity(Integer.class).get(),
                        "description", description))
                .execute().path("updateRegion.region.version").hasValue();
        return description;
    }

    private static void asSystem(Runnable work) {
        CurrentCaller.asSystem(() -> {
            work.run();
            return null;
        });
    }
}
