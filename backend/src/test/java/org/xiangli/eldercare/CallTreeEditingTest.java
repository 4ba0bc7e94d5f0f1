package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.xiangli.graphql.GlobalId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * replaceCallTree over GraphQL with real tokens: positions renumbered from 1, validated like
 * registerElder, guarded by the elder's version (stale and concurrent edits are a CONFLICT), audited
 * masked, and the new contacts revealed just in time to the operator working an alert of the elder.
 */
class CallTreeEditingTest extends ElderCareApiTest {

    private static final String REPLACE = """
            mutation($input: ReplaceCallTreeInput!) { replaceCallTree(input: $input) { elder {
              version callTree { position relation name phone } } } }""";

    private static final String TREE = """
            query($id: ID!) { node(id: $id) { ... on Elder { version callTree { position relation name phone } } } }""";

    @Test
    void theTreeIsReplacedInOrderAndRenumberedFromOne() {
        Household household = household(freshVillage());
        Map saved = replace(LINPING_OPERATOR, household, 0, List.of(contact("NEIGHBOUR", "邻居甲", "13911110001"),
                contact("FAMILY", "女儿乙", "0571-88776655"), contact("COMMUNITY_STAFF", "社区丙", "13911110003")))
                .path("replaceCallTree.elder").entity(Map.class).get();
        assertThat(saved).containsEntry("version", 1);
        assertThat(tree(household)).containsExactly(
                Map.of("position", 1, "relation", "NEIGHBOUR", "name", "邻居甲", "phone", "13911110001"),
                Map.of("position", 2, "relation", "FAMILY", "name", "女儿乙", "phone", "0571-88776655"),
                Map.of("position", 3, "relation", "COMMUNITY_STAFF", "name", "社区丙", "phone", "13911110003"));

        replace(LINPING_OPERATOR, household, 1, List.of(contact("GRID_WORKER", "网格员丁", "13911110004")))
                .path("replaceCallTree.elder.version").entity(Integer.class).isEqualTo(2);
        assertThat(tree(household)).containsExactly(Map.of("position", 1, "relation", "GRID_WORKER", "name", "网格员丁", "phone", "13911110004"));

        replace(LINPING_OPERATOR, household, 2, List.of()).path("replaceCallTree.elder.callTree").entityList(Map.class).hasSize(0);
        assertThat(count("SELECT COUNT(*) FROM elder_contact WHERE elder_id = ?", dbId(household))).isZero();
    }

    @Test
    void aStaleVersionIsAConflictWhicheverEditCameFirst() {
        Household household = household(freshVillage());
        as(LINPING_OPERATOR).document("mutation($i: UpdateElderInput!) { updateElder(input: $i) { elder { version } } }")
                .variable("i", Map.of("id", household.elderId(), "version", 0, "riskLevel", "LOW")).execute()
                .path("updateElder.elder.version").entity(Integer.class).isEqualTo(1);
        expectError(replace(LINPING_OPERATOR, household, 0, List.of(contact("FAMILY", "迟到者", "13911110009"))), "CONFLICT", "input.version");

        replace(LINPING_OPERATOR, household, 1, List.of(contact("FAMILY", "先到者", "13911110008")))
                .path("replaceCallTree.elder.version").entity(Integer.class).isEqualTo(2);
        expectError(as(PLATFORM_ADMIN).document("mutation($i: UpdateElderInput!) { updateElder(input: $i) { elder { version } } }")
                .variable("i", Map.of("id", household.elderId(), "version", 1, "riskLevel", "HIGH")).execute(), "CONFLICT", "input.version");
        assertThat(tree(household)).extracting(c -> c.get("name")).containsExactly("先到者");
    }

    @Test
    void concurrentEditsOfOneVersionLetExactlyOneThrough() throws Exception {
        Household household = household(freshVillage());
        int editors = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<GraphQlTester.Response>> edits = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(editors);
        for (int i = 0; i < editors; i++) {
            int editor = i;
            edits.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return replace(PLATFORM_ADMIN, household, 0, IntStream.rangeClosed(1, 1 + editor)
                        .mapToObj(n -> contact("FAMILY", "编辑" + editor + "号联系人" + n, "1391111%04d".formatted(editor * 10 + n))).toList());
            }, threads));
        }
        threads.shutdown();
        start.countDown();
        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            GraphQlTester.Response response = edits.get(i).get(60, TimeUnit.SECONDS);
            if (errorsOf(response).isEmpty()) {
                winners.add(i);
            } else {
                expectError(response, "CONFLICT", "input.version");
            }
        }
        assertThat(winners).hasSize(1);
        int winner = winners.getFirst();
        assertThat(tree(household)).as("the winner's tree, not a mix").hasSize(1 + winner)
                .allSatisfy(c -> assertThat((String) c.get("name")).startsWith("编辑" + winner + "号"));
        as(PLATFORM_ADMIN).document(TREE).variable("id", household.elderId()).execute().path("node.version").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void contactsAreValidatedLikeRegistrationNamingTheField() {
        Household household = household(freshVillage());
        expectError(replace(LINPING_OPERATOR, household, 0, List.of(contact("FAMILY", "甲", "13911110001"), contact("FAMILY", "乙", "911"))),
                "BAD_REQUEST", "input.contacts[1].phone");
        expectError(replace(LINPING_OPERATOR, household, 0, List.of(contact("FAMILY", " ", "13911110001"))),
                "BAD_REQUEST", "input.contacts[0].name");
        expectError(replace(LINPING_OPERATOR, household, 0, IntStream.rangeClosed(1, 9)
                .mapToObj(n -> contact("NEIGHBOUR", "邻居" + n, "1391111000" + n)).toList()), "BAD_REQUEST", "input.contacts");
        assertThat(tree(household)).hasSize(2);
    }

    @Test
    void theAuditTrailNamesEachContactChangeMasked() {
        Household household = household(freshVillage());
        long registered = lastAuditId();
        replace(LINPING_OPERATOR, household, 0, List.of(contact("NEIGHBOUR", "邻居甲", "13911110001"),
                contact("FAMILY", "家属" + "乙", "13800009998"), contact("COMMUNITY_STAFF", "社区丙", "13911110003")))
                .path("replaceCallTree.elder.version").entity(Integer.class).isEqualTo(1);
        List<Map<String, Object>> entries = jdbc.sql("""
                        SELECT action, detail FROM audit_log WHERE entity_type = 'ElderContact' AND region_code = ? AND actor = ? AND id > ?
                         ORDER BY id""")
                .param(household.village()).param(LINPING_OPERATOR).param(registered).query().listOfRows();
        assertThat(entries).extracting(e -> e.get("action")).containsExactlyInAnyOrder("UPDATE", "UPDATE", "CREATE");
        assertThat(entries).extracting(e -> (String) e.get("detail")).allSatisfy(detail -> assertThat(detail)
                .doesNotContain("13911110001").doesNotContain("13911110003").doesNotContain("邻居甲").doesNotContain("社区丙"));
        assertThat(entries).extracting(e -> (String) e.get("detail")).anySatisfy(detail -> assertThat(detail)
                .contains("\"phone\":{\"before\":\"138****9999\",\"after\":\"139****0001\"}").contains("\"after\":\"邻**\""));
    }

    @Test
    void theOperatorWorkingAnAlertSeesTheNewContactsUntilItCloses() {
        Household household = household(freshVillage());
        publish(household.panic(), event(newEventId(), household.panic(), "PRESSED", Instant.now(), null));
        await().untilAsserted(() -> assertThat(alertsOf(household)).isNotEmpty());
        Map alert = alertsOf(household).getFirst();
        long version = as(LINPING_OPERATOR).document("mutation($i: AlertStepInput!) { acknowledgeAlert(input: $i) { alert { version } } }")
                .variable("i", Map.of("id", alert.get("id"), "version", alert.get("version"))).execute()
                .path("acknowledgeAlert.alert.version").entity(Long.class).get();

        long acknowledged = lastAuditId();
        GraphQlTester.Response replaced = replace(LINPING_OPERATOR, household, 0, List.of(contact("FAMILY", "新家属", "13911112221"),
                contact("NEIGHBOUR", "新邻居", "13911112222"), contact("GRID_WORKER", "新网格员", "13911112223")));
        assertThat(replaced.path("replaceCallTree.elder.callTree").entityList(Map.class).get())
                .extracting(c -> c.get("phone")).containsExactly("13911112221", "13911112222", "13911112223");
        assertThat(tree(LINPING_OPERATOR, household)).extracting(c -> c.get("name")).containsExactly("新家属", "新邻居", "新网格员");
        await().untilAsserted(() -> assertThat(count("""
                SELECT COUNT(*) FROM audit_log WHERE action = 'READ_PERSONAL' AND entity_type = 'Elder' AND entity_id = ? AND actor = ?
                   AND id > ?""", dbId(household), LINPING_OPERATOR, acknowledged)).isGreaterThanOrEqualTo(2));
        version = as(LINPING_OPERATOR).document("mutation($i: LogAlertCallInput!) { logAlertCall(input: $i) { alert { version } } }")
                .variable("i", Map.of("id", alert.get("id"), "version", version, "contactPosition", 3, "result", "REACHED")).execute()
                .path("logAlertCall.alert.version").entity(Long.class).get();

        version = as(LINPING_OPERATOR).document("mutation($i: ResolveAlertInput!) { resolveAlert(input: $i) { alert { version } } }")
                .variable("i", Map.of("id", alert.get("id"), "version", version, "outcome", "FALSE_ALARM")).execute()
                .path("resolveAlert.alert.version").entity(Long.class).get();
        as(LINPING_OPERATOR).document("mutation($i: AlertStepInput!) { closeAlert(input: $i) { alert { status } } }")
                .variable("i", Map.of("id", alert.get("id"), "version", version)).execute()
                .path("closeAlert.alert.status").entity(String.class).isEqualTo("CLOSED");
        assertThat(tree(LINPING_OPERATOR, household)).extracting(c -> c.get("phone"))
                .containsExactly("139****2221", "139****2222", "139****2223");
    }

    private GraphQlTester.Response replace(String user, Household household, long version, List<Map<String, Object>> contacts) {
        return as(user).document(REPLACE).variable("input", Map.of("elderId", household.elderId(), "version", version, "contacts", contacts))
                .execute();
    }

    private List<Map> tree(Household household) {
        return tree(PLATFORM_ADMIN, household);
    }

    private List<Map> tree(String user, Household household) {
        return as(user).document(TREE).variable("id", household.elderId()).execute().path("node.callTree").entityList(Map.class).get();
    }

    private static Map<String, Object> contact(String relation, String name, String phone) {
        return Map.of("relation", relation, "name", name, "phone", phone);
    }

    private long lastAuditId() {
        return count("SELECT COALESCE(MAX(id), 0) FROM audit_log");
    }

    private static long dbId(Household household) {
        return GlobalId.decode(household.elderId(), "id").id();
    }
}
