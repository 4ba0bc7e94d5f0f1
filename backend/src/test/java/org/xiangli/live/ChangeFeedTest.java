package org.xiangli.live;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiangli.InstanceName;
import org.xiangli.support.ApiTest;
import org.xiangli.support.SqlStatements;
import reactor.core.Disposable;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feed, fed rows another instance would write: every topic's entities are loaded with one
 * query per poll however many rows it read, the changes reach this instance's subscribers in the
 * order they were committed, and a row whose entity is gone is passed over.
 */
class ChangeFeedTest extends ApiTest {

    private static final String VILLAGE = "330522100200";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InstanceName instance;

    @Autowired
    ChangeStreams streams;

    @Test
    void aBurstOfOtherInstancesChangesCostsOneQueryPerTopic() {
        String prefix = "feed" + unique() + "-";
        List<Long> matters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = as(PLATFORM_ADMIN).document("mutation($i: ReportMatterInput!) { reportMatter(input: $i) { matter { id } } }")
                    .variable("i", Map.of("kind", "OTHER", "title", prefix + i, "regionCode", VILLAGE))
                    .execute().path("reportMatter.matter.id").entity(String.class).get();
            matters.add(org.xiangli.graphql.GlobalId.decode(id, "id").id());
        }
        // alerts gone meanwhile (never were): loaded all the same, nothing delivered
        List<Long> alerts = List.of(Long.MAX_VALUE - 1, Long.MAX_VALUE - 2, Long.MAX_VALUE - 3);
        int matterListeners = streams.named("matter").stream().subscribers();
        int alertListeners = streams.named("alert").stream().subscribers();
        WebSocketGraphQlClient client = subscriber(PLATFORM_ADMIN);
        List<String> heard = new CopyOnWriteArrayList<>();
        Disposable board = client.document("subscription { matterChanged { action matter { title } } }")
                .retrieveSubscription("matterChanged").toEntity(Map.class)
                .map(change -> change.get("action") + " " + ((Map) change.get("matter")).get("title"))
                .filter(change -> change.contains(prefix)).subscribe(heard::add);
        Disposable console = client.document("subscription { alertChanged { action } }").retrieveSubscription("alertChanged")
                .toEntity(Map.class).subscribe();
        await().untilAsserted(() -> {
            assertThat(streams.named("matter").stream().subscribers()).isGreaterThan(matterListeners);
            assertThat(streams.named("alert").stream().subscribers()).isGreaterThan(alertListeners);
        });

        // newest first, alerts between: the order of the rows, not of the ids, is the order heard
        List<Object[]> rows = new ArrayList<>();
        for (int i = matters.size() - 1; i >= 0; i--) {
            rows.add(new Object[]{"matter", matters.get(i)});
            if (i < alerts.size()) {
                rows.add(new Object[]{"alert", alerts.get(i)});
            }
        }
        List<String> fed = SqlStatements.ofThread(ChangeFeed.THREAD + instance.value(), () -> {
            insert(rows);
            await().untilAsserted(() -> assertThat(heard).hasSize(matters.size()));
        });

        List<String> expected = new ArrayList<>();
        for (int i = matters.size() - 1; i >= 0; i--) {
            expected.add("ESCALATED " + prefix + i);
        }
        assertThat(heard).containsExactlyElementsOf(expected);
        List<String> loads = fed.stream().filter(sql -> !sql.toLowerCase().contains("change_outbox")).toList();
        assertThat(loads).as("the feed's statements beside the outbox's").hasSize(2);
        assertThat(loads).filteredOn(sql -> sql.toLowerCase().matches("(?s).*\\bfrom matter\\b.*")).hasSize(1);
        assertThat(loads).filteredOn(sql -> sql.toLowerCase().matches("(?s).*\\bfrom alert\\b.*")).hasSize(1);
        board.dispose();
        console.dispose();
        client.stop().block();
    }

    /** The rows another instance would write, committed together (one statement). */
    private void insert(List<Object[]> rows) {
        String values = rows.stream().map(row -> "(?, ?, ?, 'elsewhere', ?)").collect(Collectors.joining(", "));
        var statement = jdbc.sql("INSERT INTO change_outbox (topic, entity_id, action, origin, created_at) VALUES " + values);
        Timestamp now = Timestamp.from(Instant.now());
        for (Object[] row : rows) {
            statement = statement.param(row[0]).param(row[1]).param("matter".equals(row[0]) ? "ESCALATED" : "UPDATED").param(now);
        }
        statement.update();
    }
}
