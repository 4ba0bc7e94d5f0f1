package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.xiangli.support.ApiTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role × operation, with tokens from the real Keycloak: every root field and mutation, for every
 * demo role: allowed, forbidden, out of scope (NOT_FOUND / invisible), and masked.
 */
class AccessMatrixTest extends ApiTest {

    private static final String SHANGSHU_VILLAGE = "330523200200";

    private HttpGraphQlTester client(String user) {
        return "anonymous".equals(user) ? graphQl : as(user);
    }

    @ParameterizedTest(name = "{0} sees 安吉县: {1}")
    @CsvSource({
            "anonymous, true", "platform.admin, true", "anji.admin, true", "anji.supervisor, true", "demo-integrator, true",
            "shangshu.admin, false", "shangshu.official, false", "linping.operator, false", "deqing.admin, false"})
    void regionByCodeIsLimitedToTheScope(String user, boolean visible) {
        GraphQlTester.Response response = client(user).document("{ region(code: \"330523\") { name } }").execute();
        if (visible) {
            response.path("region.name").entity(String.class).isEqualTo("安吉县");
        } else {
            response.path("region").valueIsNull();
        }
    }

    @ParameterizedTest(name = "{0} counts {1} units named 上墅 below 安吉县")
    @CsvSource({
            "anonymous, 2", "platform.admin, 2", "anji.admin, 2", "anji.supervisor, 2", "demo-integrator, 2",
            "shangshu.admin, 2", "shangshu.official, 1", "linping.operator, 0", "deqing.admin, 0"})
    void listsAndCountsAreLimitedToTheScope(String user, int count) {
        client(user).document("{ regions(filter: {within: \"330523\", nameContains: \"上墅\"}) { totalCount nodes { code } } }").execute()
                .path("regions.totalCount").entity(Integer.class).isEqualTo(count)
                .path("regions.nodes").entityList(Object.class).hasSize(count);
    }

    @ParameterizedTest(name = "{0} finds 上墅村 by node id: {1}")
    @CsvSource({"anonymous, true", "shangshu.official, true", "deqing.admin, false", "linping.operator, false"})
    void nodeLookupIsLimitedToTheScope(String user, boolean visible) {
        String id = as(PLATFORM_ADMIN).document("{ region(code: \"" + SHANGSHU_VILLAGE + "\") { id } }").execute()
                .path("region.id").entity(String.class).get();
        GraphQlTester.Response response = client(user).document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute();
        if (visible) {
            response.path("node.id").entity(String.class).isEqualTo(id);
        } else {
            response.path("node").valueIsNull();
        }
    }

    @Test
    void aVillageOfficialSeesNoParentAboveTheirScope() {
        as(SHANGSHU_OFFICIAL).document("{ region(code: \"" + SHANGSHU_VILLAGE + "\") { name parent { name } } }").execute()
                .path("region.name").entity(String.class).isEqualTo("上墅村")
                .path("region.parent").valueIsNull();
    }

    @ParameterizedTest(name = "{0} reads 上墅村's contact as {1} / {2}")
    @CsvSource({
            "anonymous, 演*****, 138****0002",
            "demo-integrator, 演*****, 138****0002",
            "platform.admin, 演示联系人2, 13800000002",
            "anji.admin, 演示联系人2, 13800000002",
            "anji.supervisor, 演示联系人2, 13800000002",
            "shangshu.admin, 演示联系人2, 13800000002",
            "shangshu.official, 演示联系人2, 13800000002"})
    void personalDataIsMaskedUnlessTheRoleNeedsIt(String user, String name, String phone) {
        client(user).document("{ region(code: \"" + SHANGSHU_VILLAGE + "\") { contact { name phone } } }").execute()
                .path("region.contact.name").entity(String.class).isEqualTo(name)
                .path("region.contact.phone").entity(String.class).isEqualTo(phone);
    }

    @ParameterizedTest(name = "{0} reads the audit log: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "anji.admin, FORBIDDEN", "shangshu.official, FORBIDDEN",
            "demo-integrator, FORBIDDEN", "linping.operator, FORBIDDEN", "anji.supervisor, ALLOWED", "platform.admin, ALLOWED"})
    void onlySupervisorsReadTheAuditLog(String user, String outcome) {
        GraphQlTester.Response response = client(user).document("{ auditLog(first: 1) { totalCount } }").execute();
        expect(response, outcome, "auditLog");
    }

    @ParameterizedTest(name = "{0} creates a village under 上墅乡: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "shangshu.official, FORBIDDEN", "anji.supervisor, FORBIDDEN",
            "demo-integrator, FORBIDDEN", "linping.operator, FORBIDDEN", "deqing.admin, NOT_FOUND",
            "shangshu.admin, ALLOWED", "anji.admin, ALLOWED", "platform.admin, ALLOWED"})
    void createRegion(String user, String outcome) {
        String parentId = idOf("330523200");
        String code = "330523200" + (300 + unique() % 99);
        GraphQlTester.Response response = client(user).document("""
                        mutation($input: CreateRegionInput!) { createRegion(input: $input) { region { code } } }""")
                .variable("input", Map.of("parentId", parentId, "code", code, "kind", "ADMINISTRATIVE_VILLAGE", "name", "矩阵村" + code))
                .execute();
        expect(response, outcome, "createRegion");
    }

    @ParameterizedTest(name = "{0} creates a township under 安吉县: {1}")
    @CsvSource({"shangshu.admin, NOT_FOUND", "anji.admin, ALLOWED"})
    void onlyCountyAdminsCreateTownships(String user, String outcome) {
        String code = "330523" + (500 + unique() % 100); // RegionMergeTest draws 400–499
        GraphQlTester.Response response = client(user).document("""
                        mutation($input: CreateRegionInput!) { createRegion(input: $input) { region { code } } }""")
                .variable("input", Map.of("parentId", idOf("330523"), "code", code, "kind", "TOWN", "name", "矩阵镇" + code))
                .execute();
        expect(response, outcome, "createRegion");
    }

    @ParameterizedTest(name = "{0} updates 上墅村: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "anji.supervisor, FORBIDDEN", "demo-integrator, FORBIDDEN",
            "linping.operator, FORBIDDEN", "deqing.admin, NOT_FOUND", "shangshu.official, ALLOWED",
            "shangshu.admin, ALLOWED", "anji.admin, ALLOWED"})
    void updateRegion(String user, String outcome) {
        GraphQlTester.Response current = as(PLATFORM_ADMIN).document("{ region(code: \"" + SHANGSHU_VILLAGE + "\") { id version } }").execute();
        String id = current.path("region.id").entity(String.class).get();
        int version = current.path("region.version").entity(Integer.class).get();
        GraphQlTester.Response response = client(user).document("""
                        mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { region { version } } }""")
                .variable("input", Map.of("id", id, "version", version, "households", 700 + unique() % 100))
                .execute();
        expect(response, outcome, "updateRegion");
    }

    @ParameterizedTest(name = "{0} retires a unit: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "shangshu.official, FORBIDDEN", "anji.supervisor, FORBIDDEN",
            "demo-integrator, FORBIDDEN", "deqing.admin, NOT_FOUND", "shangshu.admin, ALLOWED"})
    void retireRegion(String user, String outcome) {
        String code = "330523200" + (300 + unique() % 99);
        String id = as(ANJI_ADMIN).document("""
                        mutation($input: CreateRegionInput!) { createRegion(input: $input) { region { id } } }""")
                .variable("input", Map.of("parentId", idOf("330523200"), "code", code, "kind", "ADMINISTRATIVE_VILLAGE", "name", "待撤村" + code))
                .execute().path("createRegion.region.id").entity(String.class).get();
        GraphQlTester.Response response = client(user).document("""
                        mutation($input: RetireRegionInput!) { retireRegion(input: $input) { region { retired } } }""")
                .variable("input", Map.of("id", id, "version", 0, "reason", "撤村并村"))
                .execute();
        expect(response, outcome, "retireRegion");
    }

    @Test
    void noOneRetiresTheUnitTheirOwnAccessIsBasedOn() {
        GraphQlTester.Response current = as(SHANGSHU_ADMIN).document("{ region(code: \"330523200\") { id version } }").execute();
        expect(as(SHANGSHU_ADMIN).document("""
                        mutation($input: RetireRegionInput!) { retireRegion(input: $input) { region { retired } } }""")
                .variable("input", Map.of("id", current.path("region.id").entity(String.class).get(),
                        "version", current.path("region.version").entity(Integer.class).get(), "reason", "试图自撤"))
                .execute(), "FORBIDDEN", "retireRegion");
    }

    @ParameterizedTest(name = "{0} records 上墅村's income: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "anji.supervisor, FORBIDDEN", "demo-integrator, FORBIDDEN",
            "linping.operator, FORBIDDEN", "deqing.admin, NOT_FOUND", "shangshu.official, ALLOWED"})
    void recordCollectiveIncome(String user, String outcome) {
        GraphQlTester.Response response = client(user).document("""
                        mutation($input: RecordCollectiveIncomeInput!) { recordCollectiveIncome(input: $input) { income { year } } }""")
                .variable("input", Map.of("villageId", idOf(SHANGSHU_VILLAGE), "year", 1950 + unique() % 70, "amount", "1000.00"))
                .execute();
        expect(response, outcome, "recordCollectiveIncome");
    }

    @Test
    void introspectionIsForSignedInCallersOnly() {
        graphQl.document("{ __schema { queryType { name } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());
        as(ANJI_ADMIN).document("{ __schema { queryType { name } } }").execute()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
    }

    private String idOf(String code) {
        return as(PLATFORM_ADMIN).document("query($c: String!) { region(code: $c) { id } }").variable("c", code).execute()
                .path("region.id").entity(String.class).get();
    }

    private static void expect(GraphQlTester.Response response, String outcome, String field) {
        if ("ALLOWED".equals(outcome)) {
            response.errors().verify().path(field).hasValue();
            return;
        }
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getExtensions()).containsEntry("classification", outcome);
            assertThat(errors.getFirst().getMessage()).doesNotContain("Exception").doesNotContain("org.");
        });
    }
}
