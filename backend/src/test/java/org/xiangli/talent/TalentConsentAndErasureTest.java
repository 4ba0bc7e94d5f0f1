package org.xiangli.talent;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiangli.graphql.GlobalId;
import org.xiangli.support.ApiTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiangli.talent.TalentRegistryTest.SHANGSHU_TOWNSHIP;
import static org.xiangli.talent.TalentRegistryTest.SHANGSHU_VILLAGE;
import static org.xiangli.talent.TalentRegistryTest.expectError;
import static org.xiangli.talent.TalentRegistryTest.record;
import static org.xiangli.talent.TalentRegistryTest.register;

/**
 * PIPL arts. 15 and 47 over HTTP with real tokens: consent withdrawn scope by scope changes what
 * callers see at once; an anonymised talent leaves nothing personal in any table that held them,
 * nor in the search index, while the ledger's totals stay as they were and the audit log names who,
 * when, the request and the reason.
 */
class TalentConsentAndErasureTest extends ApiTest {

    private static final String WITHDRAW = """
            mutation($input: WithdrawTalentConsentInput!) { withdrawTalentConsent(input: $input) {
              talent { version consent { scope } contact { phone email address } } } }""";
    private static final String ANONYMISE = """
            mutation($input: AnonymiseTalentInput!) { anonymiseTalent(input: $input) {
              talent { id name version anonymisedAt birthYear organisation notes tags consent { scope } contact { phone } } } }""";
    private static final String HONOURS = """
            query($w: String) { topTalentContributors(within: $w, by: JOBS_CREATED, first: 100) { talent { id } } }""";
    private static final String SEARCH = "query($q: String!) { searchTalents(query: $q) { totalCount } }";

    @Autowired
    private JdbcClient jdbc;

    @Test
    void eachWithdrawnScopeChangesWhatCallersSee() {
        Map<String, Object> input = TalentRegistryTest.talent("撤回乡贤" + unique(), SHANGSHU_VILLAGE);
        input.putAll(Map.of("email", "withdraw@example.cn", "address", "安吉县上墅乡撤回路1号",
                "consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY", "CONTACT", "PUBLICITY"))));
        String id = register(as(SHANGSHU_ADMIN), input);
        record(as(SHANGSHU_ADMIN), Map.of("talentId", id, "kind", "JOBS", "occurredOn", "2025-05-10", "jobsCreated", 41));
        assertThat(honoured(SHANGSHU_VILLAGE)).contains(id);
        long jobsBefore = townshipJobs();

        // PUBLICITY withdrawn: off the honours list, still counted in the totals
        as(SHANGSHU_OFFICIAL).document(WITHDRAW).variable("input", Map.of("id", id, "version", 0, "scopes", List.of("PUBLICITY")))
                .execute().path("withdrawTalentConsent.talent.consent.scope").entityList(String.class).containsExactly("REGISTRY", "CONTACT")
                .path("withdrawTalentConsent.talent.contact.phone").entity(String.class).isEqualTo("13800009999");
        assertThat(honoured(SHANGSHU_VILLAGE)).doesNotContain(id);
        assertThat(townshipJobs()).isEqualTo(jobsBefore);

        // CONTACT withdrawn: the contact details are erased, for every caller and in the database
        expectError(as(SHANGSHU_OFFICIAL).document(WITHDRAW).variable("input", Map.of("id", id, "version", 0, "scopes", List.of("CONTACT")))
                .execute(), "CONFLICT", "input.version");
        as(SHANGSHU_OFFICIAL).document(WITHDRAW).variable("input", Map.of("id", id, "version", 1, "scopes", List.of("CONTACT")))
                .execute().path("withdrawTalentConsent.talent.consent.scope").entityList(String.class).containsExactly("REGISTRY")
                .path("withdrawTalentConsent.talent.contact.phone").valueIsNull()
                .path("withdrawTalentConsent.talent.contact.email").valueIsNull()
                .path("withdrawTalentConsent.talent.contact.address").valueIsNull();
        as(ANJI_SUPERVISOR).document("query($id: ID!) { node(id: $id) { ... on Talent { contact { phone email address } } } }")
                .variable("id", id).execute().path("node.contact.phone").valueIsNull().path("node.contact.address").valueIsNull();
        assertThat(jdbc.sql("SELECT CONCAT_WS('|', phone, email, address) FROM talent WHERE id = ?").param(dbId(id))
                .query(String.class).single()).isEmpty();

        // no contact details without the consent; consent given anew lets them in again
        String update = "mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { talent { version contact { phone } } } }";
        expectError(as(SHANGSHU_ADMIN).document(update).variable("input", Map.of("id", id, "version", 2, "phone", "13900000001")).execute(),
                "BAD_REQUEST", "input.phone");
        as(SHANGSHU_ADMIN).document(update).variable("input", Map.of("id", id, "version", 2, "phone", "13900000001",
                        "consent", Map.of("givenOn", "2025-06-01", "scope", List.of("REGISTRY", "CONTACT")))).execute()
                .path("updateTalent.talent.contact.phone").entity(String.class).isEqualTo("13900000001");
        // and a scope is withdrawn one way only: renewed consent cannot quietly drop it (and keep the phone)
        expectError(as(SHANGSHU_ADMIN).document(update).variable("input", Map.of("id", id, "version", 3,
                "consent", Map.of("givenOn", "2025-07-01", "scope", List.of("REGISTRY")))).execute(), "BAD_REQUEST", "input.consent.scope");

        // REGISTRY is left by anonymising the record, not by withdrawal
        expectError(as(SHANGSHU_ADMIN).document(WITHDRAW).variable("input", Map.of("id", id, "version", 3, "scopes", List.of("REGISTRY")))
                .execute(), "BAD_REQUEST", "input.scopes");
    }

    @Test
    void anAnonymisedTalentLeavesNothingPersonalButTheTotalsStay() {
        String name = "欧阳翠娟";
        Map<String, Object> input = new HashMap<>(TalentRegistryTest.talent(name, SHANGSHU_VILLAGE));
        input.putAll(Map.of("phone", "13912345678", "email", "ouyang.cuijuan@example.cn", "address", "安吉县上墅乡翠竹路88号",
                "organisation", "翠娟竹艺有限公司", "title", "创始人", "notes", "欧阳翠娟回乡办竹编工坊", "tags", List.of("竹编翠娟"),
                "consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY", "CONTACT", "PUBLICITY"))));
        String id = register(as(SHANGSHU_ADMIN), input);
        long talentId = dbId(id);
        record(as(SHANGSHU_ADMIN), Map.of("talentId", id, "kind", "INVESTMENT", "occurredOn", "2025-01-10", "pledgedAmount", "800000.00",
                "realisedAmount", "300000.00", "jobsCreated", 9, "description", "欧阳翠娟亲自签约"));
        record(as(SHANGSHU_ADMIN), Map.of("talentId", id, "kind", "DONATION", "occurredOn", "2025-02-10", "donatedAmount", "6666.00",
                "purpose", "修缮礼堂", "beneficiaryCode", SHANGSHU_VILLAGE));
        record(as(SHANGSHU_ADMIN), Map.of("talentId", id, "kind", "REFERRAL", "occurredOn", "2025-03-10", "referred", "欧阳翠娟的表弟 13912345678"));
        String association = as(SHANGSHU_ADMIN).document("""
                        mutation($input: CreateTalentAssociationInput!) { createTalentAssociation(input: $input) { association { id } } }""")
                .variable("input", Map.of("name", "竹编乡贤会" + unique(), "kind", "TALENT_ASSOCIATION", "regionCode", SHANGSHU_TOWNSHIP))
                .execute().path("createTalentAssociation.association.id").entity(String.class).get();
        as(SHANGSHU_ADMIN).document("""
                        mutation($input: AddTalentAssociationMemberInput!) { addTalentAssociationMember(input: $input) { association { id } } }""")
                .variable("input", Map.of("associationId", association, "talentId", id, "role", "会长")).execute()
                .path("addTalentAssociationMember.association.id").hasValue();
        // an import report that refused a row of hers quotes her values
        jdbc.sql("""
                INSERT INTO talent_import (started_by, file_name, validate_only, mode, status, errors, started_at)
                VALUES ('shangshu.admin', 'talents.xlsx', false, 'VALID_ROWS', 'COMPLETED_WITH_ERRORS', ?, CURRENT_TIMESTAMP(6))""")
                .param("[{\"row\":2,\"message\":\"欧阳翠娟 born 1980 is registered already; '13912345678' ok\"}]").update();
        List<String> personal = List.of(name, "13912345678", "ouyang.cuijuan@example.cn", "翠竹路88号", "翠娟竹艺", "创始人", "竹编工坊",
                "竹编翠娟", "亲自签约", "表弟");

        String totals = "query($id: ID!) { node(id: $id) { ... on Talent { totals { pledgedInvestment realisedInvestment donations jobsCreated referrals entries } } } }";
        Map<?, ?> totalsBefore = as(ANJI_ADMIN).document(totals).variable("id", id).execute().path("node.totals").entity(Map.class).get();
        List<Map> townshipBefore = townshipTotals();
        assertThat(hits(name)).isEqualTo(1);
        assertThat(hits("ouyangcuijuan")).isEqualTo(1);
        long auditBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();

        // who may: admins in scope, never a village official, nobody out of scope, never with a stale version
        Map<String, Object> erase = Map.of("id", id, "version", 0, "reason", "PERSON_REQUESTED");
        as(SHANGSHU_OFFICIAL).document(ANONYMISE).variable("input", erase).execute().errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "FORBIDDEN")));
        expectError(as(DEQING_ADMIN).document(ANONYMISE).variable("input", erase).execute(), "NOT_FOUND", "input.id");
        expectError(as(ANJI_ADMIN).document(ANONYMISE).variable("input", Map.of("id", id, "version", 7, "reason", "PERSON_REQUESTED"))
                .execute(), "CONFLICT", "input.version");

        as(ANJI_ADMIN).document(ANONYMISE).variable("input", erase).execute()
                .path("anonymiseTalent.talent.name").entity(String.class).isEqualTo("已匿名-" + talentId)
                .path("anonymiseTalent.talent.version").entity(Integer.class).isEqualTo(1)
                .path("anonymiseTalent.talent.anonymisedAt").hasValue()
                .path("anonymiseTalent.talent.birthYear").valueIsNull()
                .path("anonymiseTalent.talent.organisation").valueIsNull()
                .path("anonymiseTalent.talent.notes").valueIsNull()
                .path("anonymiseTalent.talent.tags").entityList(String.class).hasSize(0)
                .path("anonymiseTalent.talent.consent.scope").entityList(String.class).hasSize(0)
                .path("anonymiseTalent.talent.contact.phone").valueIsNull();
        // asked again: the same answer, nothing done twice
        as(ANJI_ADMIN).document(ANONYMISE).variable("input", erase).execute()
                .path("anonymiseTalent.talent.version").entity(Integer.class).isEqualTo(1);

        // nothing personal in any table that held her
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        rows.addAll(jdbc.sql("SELECT * FROM talent WHERE id = ?").param(talentId).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM talent_contribution WHERE talent_id = ?").param(talentId).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM talent_association_member WHERE talent_id = ?").param(talentId).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM talent_import").query().listOfRows());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        assertThat(rows.toString()).doesNotContain(personal);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM talent_association_member WHERE talent_id = ?").param(talentId).query(Long.class).single())
                .isZero();

        // the ledger's totals stay true, the search index forgets her
        as(ANJI_ADMIN).document(totals).variable("id", id).execute().path("node.totals").entity(Map.class).isEqualTo(totalsBefore);
        assertThat(totalsBefore.get("entries")).isEqualTo(3);
        assertThat(townshipTotals()).isEqualTo(townshipBefore);
        assertThat(hits(name)).isZero();
        assertThat(hits("ouyangcuijuan")).isZero();
        assertThat(hits("oycj")).isZero();
        assertThat(hits("竹编工坊")).isZero();

        // the audit trail: one ANONYMISE entry with who, the request and why, and nothing of what was erased
        List<Map<String, Object>> entries = jdbc.sql("SELECT * FROM audit_log WHERE id > ? ORDER BY id").param(auditBefore).query().listOfRows();
        assertThat(entries.toString()).doesNotContain(personal);
        assertThat(entries).filteredOn(e -> "ANONYMISE".equals(e.get("action"))).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("actor", ANJI_ADMIN).containsEntry("entity_type", "Talent")
                    .containsEntry("entity_id", talentId).containsEntry("region_code", SHANGSHU_VILLAGE);
            assertThat(entry.get("request_id")).isNotNull();
            assertThat(entry.get("detail").toString()).contains("PERSON_REQUESTED");
        });

        // irreversible: the record no longer changes, nor takes new entries
        expectError(as(ANJI_ADMIN).document("mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { talent { id } } }")
                .variable("input", Map.of("id", id, "version", 1, "name", name)).execute(), "BAD_REQUEST", "input.id");
        expectError(as(ANJI_ADMIN).document(TalentRegistryTest.RECORD).variable("input", Map.of("talentId", id, "kind", "JOBS",
                "occurredOn", "2025-05-10", "jobsCreated", 1)).execute(), "BAD_REQUEST", "input.talentId");
    }

    private List<String> honoured(String within) {
        return as(ANJI_ADMIN).document(HONOURS).variable("w", within).execute()
                .path("topTalentContributors[*].talent.id").entityList(String.class).get();
    }

    private long townshipJobs() {
        return townshipTotals().stream().mapToLong(row -> ((Number) row.get("jobsCreated")).longValue()).sum();
    }

    private List<Map> townshipTotals() {
        return as(ANJI_SUPERVISOR).document("""
                        query($w: String) { talentTotals(within: $w) { category people pledgedInvestment realisedInvestment donations jobsCreated } }""")
                .variable("w", SHANGSHU_TOWNSHIP).execute().path("talentTotals").entityList(Map.class).get();
    }

    private long hits(String query) {
        GraphQlTester.Response response = as(ANJI_ADMIN).document(SEARCH).variable("q", query).execute();
        return response.path("searchTalents.totalCount").entity(Long.class).get();
    }

    private static long dbId(String globalId) {
        return GlobalId.decode(globalId, "Talent", "id");
    }
}
