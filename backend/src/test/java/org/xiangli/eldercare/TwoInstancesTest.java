package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.xiangli.InstanceName;
import org.xiangli.support.SecondInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two backends sharing the database: this test's application (A, which takes the MQTT stream) and a
 * second one started beside it (B, no MQTT, no rule job), as two instances behind a load balancer.
 * A dashboard connected to B receives the alerts raised and worked on A, through the outbox; one
 * connected to A receives each change once (at commit, not again from the outbox).
 */
class TwoInstancesTest extends ElderCareApiTest {

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    private static final String ALERTS = """
            subscription { alertChanged(within: "330113") { action alert { id kind status villageCode elder { id } } } }""";

    @Autowired
    private Environment environment;

    @Autowired
    private InstanceName instance;

    @Test
    void aDashboardOnAnotherInstanceReceivesTheAlertsRaisedAndWorkedHere() throws Exception {
        try (ConfigurableApplicationContext b = SecondInstance.start(environment)) {
            int portB = SecondInstance.port(b);
            assertThat(b.getBean(InstanceName.class).value()).isNotEqualTo(instance.value());
            Household household = household(freshVillage());
            WebSocketGraphQlClient onB = subscriber(LINPING_OPERATOR, portB);
            WebSocketGraphQlClient onA = subscriber(LINPING_OPERATOR);
            AlertChanges streamsOfA = applicationContext.getBean(AlertChanges.class);
            AlertChanges streamsOfB = b.getBean(AlertChanges.class);
            int listeningOnA = streamsOfA.subscribers();
            int listeningOnB = streamsOfB.subscribers();
            List<Map> seenOnB = new java.util.concurrent.CopyOnWriteArrayList<>();
            reactor.core.Disposable atB = changes(onB, household).subscribe(seenOnB::add);
            CompletableFuture<List<Map>> atA = changes(onA, household).take(Duration.ofSeconds(20)).collectList().toFuture();
            // the press must come after both streams listen (a busy machine may take more than a second to connect)
            await().untilAsserted(() -> {
                assertThat(streamsOfA.subscribers()).as("A's dashboard listens").isGreaterThan(listeningOnA);
                assertThat(streamsOfB.subscribers()).as("B's dashboard listens").isGreaterThan(listeningOnB);
            });

            long published = System.nanoTime();
            publish(household.panic(), event(newEventId(), household.panic(), "PRESSED", Instant.now(), 90));
            await().untilAsserted(() -> assertThat(alertsOf(household)).hasSize(1));
            Map alert = alertsOf(household).getFirst();
            System.out.printf("panic press on A to the alert in A's database: %d ms%n", Duration.ofNanos(System.nanoTime() - published).toMillis());
            as(LINPING_OPERATOR).document("""
                            mutation($input: AlertStepInput!) { acknowledgeAlert(input: $input) { alert { status } } }""")
                    .variable("input", Map.of("id", alert.get("id"), "version", alert.get("version")))
                    .execute().path("acknowledgeAlert.alert.status").entity(String.class).isEqualTo("ACKNOWLEDGED");

            await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> assertThat(seenOnB)
                    .as("changes B's dashboard heard (A's outbox rows: %s)", outboxRows(alert.get("id"))).hasSizeGreaterThanOrEqualTo(2));
            atB.dispose();
            System.out.printf("panic press on A to the raise and the acknowledgement on B's dashboard: %d ms%n",
                    Duration.ofNanos(System.nanoTime() - published).toMillis());
            assertThat(seenOnB).extracting(change -> change.get("action")).containsExactly("RAISED", "UPDATED");
            assertThat(seenOnB).extracting(change -> ((Map) change.get("alert")).get("id")).containsOnly(alert.get("id"));
            assertThat(((Map) seenOnB.getLast().get("alert")).get("status")).isEqualTo("ACKNOWLEDGED");
            assertThat(((Map) ((Map) seenOnB.getFirst().get("alert")).get("elder")).get("id")).isEqualTo(household.elderId());

            assertThat(atA.get(30, TimeUnit.SECONDS)).as("each change once on the instance that made it")
                    .extracting(change -> change.get("action")).containsExactly("RAISED", "UPDATED");
            onA.stop().block(Duration.ofSeconds(5));
            onB.stop().block(Duration.ofSeconds(5));
        }
    }

    /** The outbox rows of an alert as {@code id:action@origin}, to tell a change never written from one never read. */
    private String outboxRows(Object alertGlobalId) {
        long alertId = org.xiangli.graphql.GlobalId.decode(String.valueOf(alertGlobalId), "id").id();
        return jdbc.sql("SELECT CONCAT(id, ':', action, '@', origin) FROM change_outbox WHERE topic = 'alert' AND entity_id = ? ORDER BY id")
                .param(alertId).query(String.class).list().toString();
    }

    private static reactor.core.publisher.Flux<Map> changes(WebSocketGraphQlClient client, Household household) {
        return client.document(ALERTS).retrieveSubscription("alertChanged").toEntity(Map.class)
                .filter(change -> household.village().equals(((Map) change.get("alert")).get("villageCode")));
    }
}
