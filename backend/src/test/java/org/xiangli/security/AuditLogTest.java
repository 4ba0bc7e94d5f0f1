package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiangli.support.ApiTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every change and every unmasked read lands in the audit log, masked, and only supervisors read it. */
class AuditLogTest extends ApiTest {

    private static final String ENTRIES = """
            query($filter: AuditFilter) {
              auditLog(filter: $filter, first: 10) { totalCount nodes { actor actorRoles action entityType entityId regionCode detail requestId } }
            }""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeIsRecordedWithWhoWhatAndBeforeAfterWithPersonalValuesMasked() {
        String code = "330523200" + (300 + unique() % 99);
        String id = as(SHANGSHU_ADMIN).document("""
                        mutation($input: CreateRegionInput!) { createRegion(input: $input) { region { id } } }""")
                .variable("input", Map.of("parentId", idOf("330523200"), "code", code, "kind", "ADMINISTRATIVE_VILLAGE", "name", "审计村" + code))
                .execute().path("createRegion.region.id").entity(String.class).get();
        int version = 0;
        as(SHANGSHU_ADMIN).document("""
                        mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { region { version } } }""")
                .variable("input", Map.of("id", id, "version", version, "households", 4321, "contactPhone", "13911112222"))
                .execute().path("updateRegion.region.version").entity(Integer.class).isEqualTo(version + 1);

        as(ANJI_SUPERVISOR).document(ENTRIES)
                .variable("filter", Map.of("entityId", id, "actions", List.of("UPDATE"), "actor", SHANGSHU_ADMIN))
                .execute()
                .path("auditLog.nodes[0].actorRoles").entityList(String.class).contains("township-admin")
                .path("auditLog.nodes[0].regionCode").entity(String.class).isEqualTo(code)
                .path("auditLog.nodes[0].requestId").hasValue()
                .path("auditLog.nodes[0].detail").entity(String.class).satisfies(detail -> assertThat(detail)
                        .contains("\"households\"").contains("\"after\":4321")
                        .contains("139****2222").doesNotContain("13911112222"));
    }

    @Test
    void anUnmaskedReadIsRecordedAndAMaskedOneIsNot() {
        String id = graphQl.document("{ region(code: \"330523200200\") { id } }").execute().path("region.id").entity(String.class).get();
        Map<String, Object> supervisorReads = Map.of("entityId", id, "actions", List.of("READ_PERSONAL"), "actor", ANJI_SUPERVISOR);
        int before = count(supervisorReads);
        as(ANJI_SUPERVISOR).document("{ region(code: \"330523200200\") { contact { name phone } } }").execute()
                .path("region.contact.name").entity(String.class).isEqualTo("演示联系人2");
        assertThat(count(supervisorReads)).isEqualTo(before + 1);
        as(ANJI_SUPERVISOR).document(ENTRIES).variable("filter", supervisorReads).execute()
                .path("auditLog.nodes[0].detail").entity(String.class).satisfies(d -> assertThat(d).contains("name").contains("phone"));
        // the entry names the request, as the client was told it in X-Request-Id
        String requestId = "audit-read-" + unique() + "-0001";
        as(ANJI_SUPERVISOR).mutate().header("X-Request-Id", requestId).build()
                .document("{ region(code: \"330523200200\") { contact { name phone } } }").execute().path("region.contact.name").hasValue();
        as(ANJI_SUPERVISOR).document(ENTRIES).variable("filter", supervisorReads).execute()
                .path("auditLog.nodes[0].requestId").entity(String.class).isEqualTo(requestId);

        Map<String, Object> integratorReads = Map.of("actions", List.of("READ_PERSONAL"), "actor", INTEGRATOR);
        as(INTEGRATOR).document("{ region(code: \"330523200200\") { contact { name phone } } }").execute()
                .path("region.contact.phone").entity(String.class).isEqualTo("138****0002");
        assertThat(count(integratorReads)).isZero();
    }

    @Test
    void aSupervisorSeesOnlyTheirCountysEntries() {
        GraphQlTester.Response deqing = as(DEQING_ADMIN).document("{ region(code: \"330521\") { id version } }").execute();
        as(DEQING_ADMIN).document("""
                        mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { region { version } } }""")
                .variable("input", Map.of("id", deqing.path("region.id").entity(String.class).get(),
                        "version", deqing.path("region.version").entity(Integer.class).get(), "description", "德清县 审计测试"))
                .execute().path("updateRegion.region.version").hasValue();
        Map<String, Object> deqingChanges = Map.of("actor", DEQING_ADMIN);
        as(PLATFORM_ADMIN).document(ENTRIES).variable("filter", deqingChanges).execute()
                .path("auditLog.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
        as(ANJI_SUPERVISOR).document(ENTRIES).variable("filter", deqingChanges).execute()
                .path("auditLog.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void theDatabaseRefusesToRewriteHistory() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'someone else'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    private String idOf(String code) {
        return as(PLATFORM_ADMIN).document("query($c: String!) { region(code: $c) { id } }").variable("c", code).execute()
                .path("region.id").entity(String.class).get();
    }

    private int count(Map<String, Object> filter) {
        return as(ANJI_SUPERVISOR).document(ENTRIES).variable("filter", filter).execute()
                .path("auditLog.totalCount").entity(Integer.class).get();
    }
}
