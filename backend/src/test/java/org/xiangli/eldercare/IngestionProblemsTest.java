package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operations views of ingestion over GraphQL with real tokens: the platform admin pages through
 * every dead letter and unknown device; county admins and integrators see only the dead letters of
 * their own HTTP posts, never another sender's nor the MQTT stream's.
 */
class IngestionProblemsTest extends ElderCareApiTest {

    private static final String DEAD_LETTERS = """
            query($from: DateTime!, $first: Int, $after: String) {
              deviceDeadLetters(filter: {receivedFrom: $from}, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } nodes { receivedAt source topic postedBy reason payload } } }""";

    private static final String UNKNOWN = """
            query($prefix: String!, $first: Int, $after: String, $last: Int, $before: String) {
              unknownDevices(filter: {serialStartsWith: $prefix}, first: $first, after: $after, last: $last, before: $before) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                nodes { serial firstSeenAt lastSeenAt eventCount lastEventId } } }""";

    @Test
    void thePlatformAdminSeesEveryDeadLetterAndEachSenderOnlyTheirOwnPosts() {
        Instant from = Instant.now().minusSeconds(1);
        String marker = "dl-" + unique();
        String topicSerial = "DEMO-DL-" + marker;
        publish(topicSerial, "{not json " + marker + "-mqtt");
        post(INTEGRATOR, "[{\"eventId\":\"" + marker + "-integrator\",\"serial\":\"X\",\"type\":\"MOTION\"}]");
        post(ANJI_ADMIN, "[{\"eventId\":\"" + marker + "-anji\",\"serial\":\"X\",\"type\":\"MOTION\"}]");
        await().untilAsserted(() -> assertThat(count("SELECT COUNT(*) FROM device_dead_letter WHERE payload LIKE ?", "%" + marker + "%")).isEqualTo(3));

        List<Map> all = ours(deadLetters(PLATFORM_ADMIN, from), marker);
        assertThat(all).hasSize(3);
        assertThat(all).filteredOn(l -> "MQTT".equals(l.get("source"))).singleElement().satisfies(l -> {
            assertThat(l).containsEntry("topic", "xiangli/devices/" + topicSerial + "/events").containsEntry("postedBy", null);
            assertThat((String) l.get("reason")).isNotBlank();
        });
        assertThat(all).filteredOn(l -> "HTTP".equals(l.get("source"))).extracting(l -> l.get("postedBy"))
                .containsExactlyInAnyOrder("service-account-demo-integrator", ANJI_ADMIN);
        assertThat(all).filteredOn(l -> "HTTP".equals(l.get("source"))).allSatisfy(l -> assertThat(l).containsEntry("topic", null));

        List<Map> integrators = deadLetters(INTEGRATOR, from);
        assertThat(integrators).isNotEmpty().allSatisfy(l -> assertThat(l).containsEntry("postedBy", "service-account-demo-integrator"));
        assertThat(ours(integrators, marker)).singleElement()
                .satisfies(l -> assertThat((String) l.get("payload")).contains(marker + "-integrator"));
        assertThat(ours(deadLetters(ANJI_ADMIN, from), marker)).singleElement()
                .satisfies(l -> assertThat((String) l.get("payload")).contains(marker + "-anji"));
        assertThat(ours(deadLetters(DEQING_ADMIN, from), marker)).isEmpty();
    }

    @Test
    void deadLettersArePagedNewestFirst() {
        Instant from = Instant.now().minusSeconds(1);
        String marker = "page-" + unique();
        for (int i = 0; i < 3; i++) {
            post(INTEGRATOR, "[{\"eventId\":\"" + marker + "-" + i + "\"}]");
        }
        List<Map> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            GraphQlTester.Response page = as(INTEGRATOR).document(DEAD_LETTERS).variable("from", from.toString()).variable("first", 1)
                    .variable("after", after).execute();
            seen.addAll(page.path("deviceDeadLetters.nodes").entityList(Map.class).get());
            more = page.path("deviceDeadLetters.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("deviceDeadLetters.pageInfo.endCursor").entity(String.class).get();
            assertThat(++pages).isLessThan(50);
        }
        List<Map> ours = ours(seen, marker);
        assertThat(ours).extracting(l -> (String) l.get("payload"))
                .satisfiesExactly(p -> assertThat(p).contains(marker + "-2"), p -> assertThat(p).contains(marker + "-1"),
                        p -> assertThat(p).contains(marker + "-0"));
        assertThat(seen.stream().map(l -> l.get("receivedAt") + "" + l.get("payload")).distinct()).hasSize(seen.size());
    }

    @Test
    void thePlatformAdminPagesThroughUnknownDevices() {
        String prefix = "DEMO-UNK_" + unique() + "-";
        String first = prefix + "A";
        String second = prefix + "B";
        String lastOfFirst = newEventId();
        publish(first, event(newEventId(), first, "HEARTBEAT", Instant.now(), 80));
        publish(first, event(lastOfFirst, first, "HEARTBEAT", Instant.now(), 80));
        await().untilAsserted(() -> assertThat(count("SELECT event_count FROM unknown_device WHERE serial = ?", first)).isEqualTo(2));
        publish(second, event(newEventId(), second, "MOTION", Instant.now(), null));
        await().untilAsserted(() -> assertThat(count("SELECT event_count FROM unknown_device WHERE serial = ?", second)).isEqualTo(1));
        // a serial that only matches the prefix if "_" were a wildcard
        String lookalike = prefix.replace("_", "X") + "C";
        publish(lookalike, event(newEventId(), lookalike, "MOTION", Instant.now(), null));
        await().untilAsserted(() -> assertThat(count("SELECT event_count FROM unknown_device WHERE serial = ?", lookalike)).isEqualTo(1));

        GraphQlTester.Response page = as(PLATFORM_ADMIN).document(UNKNOWN).variable("prefix", prefix).variable("first", 1).execute();
        page.path("unknownDevices.totalCount").entity(Integer.class).isEqualTo(2)
                .path("unknownDevices.nodes[0].serial").entity(String.class).isEqualTo(second)
                .path("unknownDevices.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor = page.path("unknownDevices.pageInfo.endCursor").entity(String.class).get();
        Map next = as(PLATFORM_ADMIN).document(UNKNOWN).variable("prefix", prefix).variable("first", 1).variable("after", cursor).execute()
                .path("unknownDevices.nodes[0]").entity(Map.class).get();
        assertThat(next).containsEntry("serial", first).containsEntry("eventCount", 2).containsEntry("lastEventId", lastOfFirst);
        as(PLATFORM_ADMIN).document(UNKNOWN).variable("prefix", prefix).variable("last", 1).execute()
                .path("unknownDevices.nodes[*].serial").entityList(String.class).containsExactly(first);
        expectError(as(PLATFORM_ADMIN).document(UNKNOWN).variable("prefix", "no spaces").execute(), "BAD_REQUEST", "filter.serialStartsWith");
    }

    private List<Map> deadLetters(String user, Instant from) {
        return as(user).document(DEAD_LETTERS).variable("from", from.toString()).variable("first", 100).execute()
                .path("deviceDeadLetters.nodes").entityList(Map.class).get();
    }

    private static List<Map> ours(List<Map> letters, String marker) {
        return letters.stream().filter(l -> l.get("payload") != null && ((String) l.get("payload")).contains(marker)).toList();
    }

    private void post(String user, String body) {
        http.post().uri("/api/device-events").header("Authorization", "Bearer " + tokenOf(user))
                .header("Content-Type", "application/json").bodyValue(body).exchange().expectStatus().isOk();
    }
}
