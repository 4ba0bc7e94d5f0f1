package org.xiangli.matter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.xiangli.support.SecondInstance;
import reactor.core.Disposable;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live board across instances: matters reported on this test's application (A) reach the
 * command centres whose township they are in on a second instance (B), through the outbox, and no
 * other centre; a centre connected to A hears each once (at commit, not again from the outbox).
 */
class MatterTwoInstancesTest extends MatterApiTest {

    private static final String BOARD = "subscription { matterChanged { action matter { title regionCode } } }";

    @Autowired
    private Environment environment;

    @Autowired
    private MatterChanges changesOfA;

    @Test
    void aCommandCentreOnAnotherInstanceHearsTheMattersOfItsTownshipReportedHere() {
        try (ConfigurableApplicationContext b = SecondInstance.start(environment)) {
            MatterChanges changesOfB = b.getBean(MatterChanges.class);
            String prefix = "跨实例" + unique() + "-";
            int listeningOnA = changesOfA.subscribers();
            int listeningOnB = changesOfB.subscribers();
            List<WebSocketGraphQlClient> clients = List.of(subscriber(LIJIAXIANG_CENTRE, SecondInstance.port(b)),
                    subscriber(SHANGSHU_CENTRE, SecondInstance.port(b)), subscriber(LIJIAXIANG_CENTRE));
            List<List<String>> heard = List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
            List<Disposable> streams = List.of(listen(clients.get(0), prefix, heard.get(0)), listen(clients.get(1), prefix, heard.get(1)),
                    listen(clients.get(2), prefix, heard.get(2)));
            List<String> lijiaxiangOnB = heard.get(0);
            List<String> shangshuOnB = heard.get(1);
            List<String> lijiaxiangOnA = heard.get(2);
            await().untilAsserted(() -> {
                assertThat(changesOfB.subscribers()).as("B's centres listen").isGreaterThanOrEqualTo(listeningOnB + 2);
                assertThat(changesOfA.subscribers()).as("A's centre listens").isGreaterThanOrEqualTo(listeningOnA + 1);
            });

            long reported = System.nanoTime();
            // each centre's last matter comes after the other township's, so hearing it means the other one went by
            report(XU_YANLIANG, prefix + "李家巷1");
            report(SHANGSHU_GRID, prefix + "上墅");
            report(XU_YANLIANG, prefix + "李家巷2");
            await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
                assertThat(lijiaxiangOnB).as("Lijiaxiang's centre on B").hasSize(2);
                assertThat(shangshuOnB).as("Shangshu's centre on B").hasSize(1);
                assertThat(lijiaxiangOnA).as("Lijiaxiang's centre on A").hasSize(2);
            });
            System.out.printf("three matters reported on A to the centres on B: %d ms%n", Duration.ofNanos(System.nanoTime() - reported).toMillis());
            // the last of the three was heard on B: everything before it has been through the outbox and the filters
            assertThat(lijiaxiangOnB).containsExactly("REPORTED " + prefix + "李家巷1@" + LIJIAXIANG_VILLAGE,
                    "REPORTED " + prefix + "李家巷2@" + LIJIAXIANG_VILLAGE);
            assertThat(shangshuOnB).containsExactly("REPORTED " + prefix + "上墅@" + SHANGSHU_VILLAGE);
            assertThat(lijiaxiangOnA).as("each change once on the instance that made it").containsExactlyElementsOf(lijiaxiangOnB);
            streams.forEach(Disposable::dispose);
            clients.forEach(client -> client.stop().block(Duration.ofSeconds(5)));
        }
    }

    /** What the client hears of this test's matters, as {@code ACTION title@region}. */
    private static Disposable listen(WebSocketGraphQlClient client, String prefix, List<String> heard) {
        return client.document(BOARD).retrieveSubscription("matterChanged").toEntity(Map.class)
                .map(change -> change.get("action") + " " + ((Map) change.get("matter")).get("title") + "@" + ((Map) change.get("matter")).get("regionCode"))
                .filter(change -> change.contains(" " + prefix))
                .subscribe(heard::add);
    }
}
