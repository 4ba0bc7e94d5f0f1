package org.xiangli.eldercare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.util.List;
import java.util.Map;

/**
 * Role × operation for editing elder records, decommissioning devices and the ingestion views,
 * with tokens from the real Keycloak: allowed, FORBIDDEN by role, NOT_FOUND outside the scope,
 * UNAUTHORIZED without a token. Elders live in a fresh 临平区 village (linping.operator's scope) or
 * in 上墅村 (安吉县, anji.admin's).
 */
class ElderRecordsAccessMatrixTest extends ElderCareApiTest {

    private static final String SHANGSHU_VILLAGE = "330523200200";

    @ParameterizedTest(name = "{0} updates an elder of {1}: {2}")
    @CsvSource({"anonymous, 临平, UNAUTHORIZED", "shangshu.official, 上墅, FORBIDDEN", "shangshu.admin, 上墅, FORBIDDEN",
            "anji.supervisor, 上墅, FORBIDDEN", "demo-integrator, 上墅, FORBIDDEN", "deqing.admin, 上墅, NOT_FOUND",
            "anji.admin, 临平, NOT_FOUND", "anji.admin, 上墅, ALLOWED", "linping.operator, 上墅, NOT_FOUND",
            "linping.operator, 临平, ALLOWED", "platform.admin, 临平, ALLOWED"})
    void updateElder(String user, String place, String outcome) {
        Household household = householdIn(place);
        expect(client(user).document("mutation($i: UpdateElderInput!) { updateElder(input: $i) { elder { version } } }")
                .variable("i", Map.of("id", household.elderId(), "version", 0, "riskLevel", "LOW")).execute(), outcome, "updateElder");
    }

    @ParameterizedTest(name = "{0} replaces the call tree of an elder of {1}: {2}")
    @CsvSource({"anonymous, 临平, UNAUTHORIZED", "shangshu.official, 上墅, FORBIDDEN", "shangshu.admin, 上墅, FORBIDDEN",
            "anji.supervisor, 上墅, FORBIDDEN", "demo-integrator, 上墅, FORBIDDEN", "deqing.admin, 上墅, NOT_FOUND",
            "anji.admin, 临平, NOT_FOUND", "anji.admin, 上墅, ALLOWED", "linping.operator, 临平, ALLOWED", "platform.admin, 上墅, ALLOWED"})
    void replaceCallTree(String user, String place, String outcome) {
        Household household = householdIn(place);
        expect(client(user).document("mutation($i: ReplaceCallTreeInput!) { replaceCallTree(input: $i) { elder { version } } }")
                .variable("i", Map.of("elderId", household.elderId(), "version", 0,
                        "contacts", List.of(Map.of("relation", "NEIGHBOUR", "name", "邻居", "phone", "13911110000"))))
                .execute(), outcome, "replaceCallTree");
    }

    @ParameterizedTest(name = "{0} decommissions a device of {1}: {2}")
    @CsvSource({"anonymous, 临平, UNAUTHORIZED", "shangshu.official, 上墅, FORBIDDEN", "shangshu.admin, 上墅, FORBIDDEN",
            "anji.supervisor, 上墅, FORBIDDEN", "demo-integrator, 上墅, FORBIDDEN", "deqing.admin, 上墅, NOT_FOUND",
            "anji.admin, 临平, NOT_FOUND", "anji.admin, 上墅, ALLOWED", "linping.operator, 上墅, NOT_FOUND",
            "linping.operator, 临平, ALLOWED", "platform.admin, 临平, ALLOWED"})
    void decommissionDevice(String user, String place, String outcome) {
        Household household = householdIn(place);
        Map device = as(PLATFORM_ADMIN).document("query($id: ID!) { node(id: $id) { ... on Elder { devices { id version } } } }")
                .variable("id", household.elderId()).execute().path("node.devices[0]").entity(Map.class).get();
        expect(client(user).document("mutation($i: DecommissionDeviceInput!) { decommissionDevice(input: $i) { device { id } } }")
                .variable("i", Map.of("id", device.get("id"), "version", device.get("version"), "reason", "矩阵测试")).execute(),
                outcome, "decommissionDevice");
    }

    @ParameterizedTest(name = "{0} reads the dead letters: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "platform.admin, ALLOWED", "anji.admin, ALLOWED", "deqing.admin, ALLOWED",
            "demo-integrator, ALLOWED", "shangshu.admin, FORBIDDEN", "shangshu.official, FORBIDDEN", "linping.operator, FORBIDDEN",
            "anji.supervisor, FORBIDDEN"})
    void deviceDeadLetters(String user, String outcome) {
        expect(client(user).document("{ deviceDeadLetters(first: 5) { totalCount nodes { reason } } }").execute(), outcome, "deviceDeadLetters");
    }

    @ParameterizedTest(name = "{0} reads the unknown devices: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "platform.admin, ALLOWED", "anji.admin, FORBIDDEN", "demo-integrator, FORBIDDEN",
            "linping.operator, FORBIDDEN", "shangshu.admin, FORBIDDEN", "anji.supervisor, FORBIDDEN"})
    void unknownDevices(String user, String outcome) {
        expect(client(user).document("{ unknownDevices(first: 5) { totalCount nodes { serial } } }").execute(), outcome, "unknownDevices");
    }

    private Household householdIn(String place) {
        return "上墅".equals(place) ? household(SHANGSHU_VILLAGE, Map.of(), PLATFORM_ADMIN) : household(freshVillage());
    }

    private HttpGraphQlTester client(String user) {
        return "anonymous".equals(user) ? graphQl : as(user);
    }

    private static void expect(GraphQlTester.Response response, String outcome, String field) {
        if ("ALLOWED".equals(outcome)) {
            response.errors().verify().path(field).hasValue();
        } else {
            expectError(response, outcome, null);
        }
    }
}
