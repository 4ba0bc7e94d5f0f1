package org.xiangli.talent;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.xiangli.support.ApiTest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry over HTTP with real tokens: profiles, the ledger (pledged and realised kept apart,
 * totals equal to the entries), associations, and the talent ↔ village ↔ project graph both ways.
 */
class TalentRegistryTest extends ApiTest {

    static final String SHANGSHU_TOWNSHIP = "330523200";
    static final String SHANGSHU_VILLAGE = "330523200200";

    static final String REGISTER = """
            mutation($input: RegisterTalentInput!) { registerTalent(input: $input) { talent { id version name hometownCode } } }""";
    static final String RECORD = """
            mutation($input: RecordTalentContributionInput!) {
              recordTalentContribution(input: $input) { contribution { id version kind pledgedAmount realisedAmount donatedAmount } }
            }""";

    static Map<String, Object> talent(String name, String hometown) {
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "gender", "FEMALE", "birthYear", 1980,
                "hometownCode", hometown, "whereabouts", "INVESTING_FROM_AFAR", "category", "ENTREPRENEUR",
                "consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY", "CONTACT"))));
        input.put("phone", "13800009999");
        return input;
    }

    static String register(HttpGraphQlTester client, Map<String, Object> input) {
        return client.document(REGISTER).variable("input", input).execute()
                .path("registerTalent.talent.id").entity(String.class).get();
    }

    static void record(HttpGraphQlTester client, Map<String, Object> input) {
        client.document(RECORD).variable("input", input).execute().path("recordTalentContribution.contribution.id").hasValue();
    }

    @Test
    void aProfileIsRegisteredReadBackAndUpdatedWithOptimisticLocking() {
        String name = "测试乡贤" + unique();
        Map<String, Object> input = talent(name, SHANGSHU_VILLAGE);
        input.putAll(Map.of("industry", "白茶", "organisation", "安吉测试茶业有限公司", "title", "董事长",
                "tags", List.of("白茶", "回乡"), "notes", "在上墅村投资茶园"));
        String id = register(as(SHANGSHU_OFFICIAL), input);

        as(ANJI_ADMIN).document("""
                        query($id: ID!) { node(id: $id) { ... on Talent {
                          name gender birthYear hometown { code name } whereabouts category industry organisation title
                          contact { phone } consent { givenOn scope } tags notes demo version } } }""")
                .variable("id", id).execute()
                .path("node.name").entity(String.class).isEqualTo(name)
                .path("node.hometown.name").entity(String.class).isEqualTo("上墅村")
                .path("node.contact.phone").entity(String.class).isEqualTo("13800009999")
                .path("node.consent.scope").entityList(String.class).containsExactly("REGISTRY", "CONTACT")
                .path("node.tags").entityList(String.class).containsExactly("白茶", "回乡")
                .path("node.demo").entity(Boolean.class).isEqualTo(false);

        String update = """
                mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { talent { version whereabouts title } } }""";
        as(SHANGSHU_ADMIN).document(update).variable("input", Map.of("id", id, "version", 0, "whereabouts", "RETURNED"))
                .execute().path("updateTalent.talent.whereabouts").entity(String.class).isEqualTo("RETURNED")
                .path("updateTalent.talent.title").entity(String.class).isEqualTo("董事长");
        as(SHANGSHU_ADMIN).document(update).variable("input", Map.of("id", id, "version", 0, "title", "总经理"))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "CONFLICT")));
    }

    @Test
    void theNaturalKeyIsUniqueAndConsentMustCoverTheRegistry() {
        Map<String, Object> input = talent("重名乡贤" + unique(), SHANGSHU_VILLAGE);
        register(as(ANJI_ADMIN), input);
        expectError(as(ANJI_ADMIN).document(REGISTER).variable("input", input).execute(), "CONFLICT", "input.name");

        Map<String, Object> noConsent = talent("无同意" + unique(), SHANGSHU_VILLAGE);
        noConsent.put("consent", Map.of("givenOn", "2025-03-01", "scope", List.of("CONTACT")));
        expectError(as(ANJI_ADMIN).document(REGISTER).variable("input", noConsent).execute(), "BAD_REQUEST", "input.consent.scope");

        expectError(as(ANJI_ADMIN).document(REGISTER).variable("input", talent("县级" + unique(), "330523")).execute(),
                "BAD_REQUEST", "input.hometownCode");
    }

    @Test
    void theLedgerKeepsPledgedAndRealisedApartAndTotalsEqualTheEntries() {
        String id = register(as(ANJI_ADMIN), talent("投资乡贤" + unique(), SHANGSHU_VILLAGE));
        // a ledger entry names a project that exists in the caller's area; the database keeps the link
        expectError(as(ANJI_ADMIN).document(RECORD).variable("input", Map.of("talentId", id, "kind", "INVESTMENT",
                "occurredOn", "2025-01-10", "pledgedAmount", "1.00", "projectId", org.xiangli.graphql.GlobalId.of("Project", 987654321),
                "projectName", "不存在的项目")).execute(), "NOT_FOUND", "input.projectId");
        record(as(ANJI_ADMIN), Map.of("talentId", id, "kind", "INVESTMENT", "occurredOn", "2025-01-10",
                "pledgedAmount", "1000000.00", "realisedAmount", "250000.50", "jobsCreated", 12,
                "projectId", project(ANJI_ADMIN, SHANGSHU_VILLAGE), "projectName", "测试项目"));
        record(as(ANJI_ADMIN), Map.of("talentId", id, "kind", "INVESTMENT", "occurredOn", "2025-02-10", "pledgedAmount", "500000"));
        record(as(ANJI_ADMIN), Map.of("talentId", id, "kind", "DONATION", "occurredOn", "2025-03-10", "donatedAmount", "8888.88",
                "purpose", "修缮村文化礼堂", "beneficiaryCode", SHANGSHU_VILLAGE));
        record(as(ANJI_ADMIN), Map.of("talentId", id, "kind", "SERVICE", "occurredOn", "2025-04-10", "serviceKind", "TEACHING",
                "peopleReached", 35));
        record(as(ANJI_ADMIN), Map.of("talentId", id, "kind", "REFERRAL", "occurredOn", "2025-04-11", "referred", "一位杭州投资人"));
        record(as(ANJI_ADMIN), Map.of("talentId", id, "kind", "JOBS", "occurredOn", "2025-05-10", "jobsCreated", 3));

        GraphQlTester.Response response = as(ANJI_SUPERVISOR).document("""
                        query($id: ID!) { node(id: $id) { ... on Talent {
                          contributions { kind pledgedAmount realisedAmount donatedAmount jobsCreated peopleReached }
                          investments: contributions(kinds: [INVESTMENT]) { pledgedAmount }
                          totals { pledgedInvestment realisedInvestment donations jobsCreated peopleReached referrals entries } } } }""")
                .variable("id", id).execute();
        List<Map<String, Object>> entries = response.path("node.contributions").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
        }).get();
        assertThat(entries).hasSize(6);
        response.path("node.investments").entityList(Object.class).hasSize(2);
        assertThat(sum(entries, "pledgedAmount")).isEqualByComparingTo("1500000.00");
        assertThat(sum(entries, "realisedAmount")).isEqualByComparingTo("250000.50");
        response.path("node.totals.pledgedInvestment").entity(String.class).isEqualTo(sum(entries, "pledgedAmount").setScale(2).toPlainString())
                .path("node.totals.realisedInvestment").entity(String.class).isEqualTo(sum(entries, "realisedAmount").setScale(2).toPlainString())
                .path("node.totals.donations").entity(String.class).isEqualTo("8888.88")
                .path("node.totals.jobsCreated").entity(Integer.class).isEqualTo(15)
                .path("node.totals.peopleReached").entity(Integer.class).isEqualTo(35)
                .path("node.totals.referrals").entity(Integer.class).isEqualTo(1)
                .path("node.totals.entries").entity(Integer.class).isEqualTo(6);
    }

    @Test
    void entriesCarryWhatTheirKindNeedsAndNothingElse() {
        String id = register(as(ANJI_ADMIN), talent("校验乡贤" + unique(), SHANGSHU_VILLAGE));
        expectError(as(ANJI_ADMIN).document(RECORD).variable("input", Map.of("talentId", id, "kind", "INVESTMENT",
                "occurredOn", "2025-01-10")).execute(), "BAD_REQUEST", "input.pledgedAmount");
        expectError(as(ANJI_ADMIN).document(RECORD).variable("input", Map.of("talentId", id, "kind", "DONATION",
                "occurredOn", "2025-01-10", "donatedAmount", "10", "purpose", "助学", "pledgedAmount", "5")).execute(),
                "BAD_REQUEST", "input.pledgedAmount");
        expectError(as(ANJI_ADMIN).document(RECORD).variable("input", Map.of("talentId", id, "kind", "SERVICE",
                "occurredOn", "2025-01-10", "serviceKind", "MEDIATION")).execute(), "BAD_REQUEST", "input.peopleReached");
    }

    @Test
    void theTalentVillageProjectGraphIsQueryableBothWays() {
        // its own county, so the demo tree other tests count stays as it is
        String county = freshCounty("图谱县");
        String village = county + "100200";
        importUnits(new org.xiangli.region.RegionImport.Unit(county + "100", org.xiangli.region.RegionKind.TOWN, county, "图谱镇", null, null, null, true),
                new org.xiangli.region.RegionImport.Unit(village, org.xiangli.region.RegionKind.ADMINISTRATIVE_VILLAGE,
                        county + "100", "图谱村", null, 100, 30, true));
        String name = "图谱乡贤" + unique();
        String id = register(as(PLATFORM_ADMIN), talent(name, village));
        String project = project(PLATFORM_ADMIN, village);
        record(as(PLATFORM_ADMIN), Map.of("talentId", id, "kind", "DONATION", "occurredOn", "2025-03-10", "donatedAmount", "1000",
                "purpose", "路灯", "beneficiaryCode", village));
        record(as(PLATFORM_ADMIN), Map.of("talentId", id, "kind", "INVESTMENT", "occurredOn", "2025-03-11", "pledgedAmount", "2000",
                "projectId", project, "projectName", "图谱项目"));

        as(PLATFORM_ADMIN).document("""
                        query($code: String!) { region(code: $code) {
                          hometownTalents { name }
                          talentContributionsReceived { donatedAmount talent { name } } } }""")
                .variable("code", village).execute()
                .path("region.hometownTalents[*].name").entityList(String.class).containsExactly(name)
                .path("region.talentContributionsReceived[0].talent.name").entity(String.class).isEqualTo(name);
        as(PLATFORM_ADMIN).document("""
                        query($id: ID!) { node(id: $id) { ... on Talent { hometown { code }
                          contributions { beneficiary { code } projectId projectName } } } }""")
                .variable("id", id).execute()
                .path("node.hometown.code").entity(String.class).isEqualTo(village)
                .path("node.contributions[*].projectId").entityList(String.class).contains(project);
        as(PLATFORM_ADMIN).document("query($p: ID!) { talentContributionsToProject(projectId: $p) { projectName talent { name } } }")
                .variable("p", project).execute()
                .path("talentContributionsToProject[*].talent.name").entityList(String.class).containsExactly(name);
    }

    @Test
    void associationsListTheirMembersAndTalentsTheirMemberships() {
        String name = "测试乡贤会" + unique();
        String association = as(SHANGSHU_ADMIN).document("""
                        mutation($input: CreateTalentAssociationInput!) { createTalentAssociation(input: $input) { association { id } } }""")
                .variable("input", Map.of("name", name, "kind", "TALENT_ASSOCIATION", "regionCode", SHANGSHU_TOWNSHIP))
                .execute().path("createTalentAssociation.association.id").entity(String.class).get();
        String talent = register(as(SHANGSHU_ADMIN), talent("会员乡贤" + unique(), SHANGSHU_VILLAGE));
        String add = """
                mutation($input: AddTalentAssociationMemberInput!) { addTalentAssociationMember(input: $input) {
                  association { name region { name } members { role talent { id } } } } }""";
        as(SHANGSHU_ADMIN).document(add).variable("input", Map.of("associationId", association, "talentId", talent, "role", "理事"))
                .execute().path("addTalentAssociationMember.association.members[0].talent.id").entity(String.class).isEqualTo(talent)
                .path("addTalentAssociationMember.association.region.name").entity(String.class).isEqualTo("上墅乡");
        expectError(as(SHANGSHU_ADMIN).document(add).variable("input", Map.of("associationId", association, "talentId", talent)).execute(),
                "CONFLICT", "input.talentId");
        as(ANJI_SUPERVISOR).document("query($id: ID!) { node(id: $id) { ... on Talent { memberships { role association { name } } } } }")
                .variable("id", talent).execute()
                .path("node.memberships[0].association.name").entity(String.class).isEqualTo(name);
        as(SHANGSHU_ADMIN).document("""
                        mutation($input: RemoveTalentAssociationMemberInput!) { removeTalentAssociationMember(input: $input) {
                          association { members { role } } } }""")
                .variable("input", Map.of("associationId", association, "talentId", talent)).execute()
                .path("removeTalentAssociationMember.association.members").entityList(Object.class).hasSize(0);
    }

    @Test
    void theDemoTalentsAreLoadedWithFictionalContacts() {
        as(PLATFORM_ADMIN).document("{ searchTalents(query: \"戴勋\") { nodes { name demo contact { phone } birthYear gender hometown { name } } } }")
                .execute()
                .path("searchTalents.nodes[0].name").entity(String.class).isEqualTo("戴勋")
                .path("searchTalents.nodes[0].demo").entity(Boolean.class).isEqualTo(true)
                .path("searchTalents.nodes[0].contact.phone").entity(String.class).satisfies(p -> assertThat(p).startsWith("1380000"))
                .path("searchTalents.nodes[0].birthYear").valueIsNull()
                .path("searchTalents.nodes[0].hometown.name").entity(String.class).isEqualTo("上墅乡");
    }

    static BigDecimal sum(List<Map<String, Object>> entries, String field) {
        return entries.stream().map(e -> e.get(field)).filter(v -> v != null).map(v -> new BigDecimal(v.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static void expectError(GraphQlTester.Response response, String classification, String field) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getExtensions()).containsEntry("classification", classification);
            assertThat(e.getExtensions()).containsEntry("field", field);
        }));
    }

    @Test
    void aVillageSeesWhatATalentFromElsewhereGaveItWithoutTheGiver() {
        // a talent of another county (a fresh one, outside 上墅村's officials' scope) donates to 上墅村
        String county = freshCounty("捐赠县" + unique());
        importUnits(new org.xiangli.region.RegionImport.Unit(county + "100", org.xiangli.region.RegionKind.TOWN, county, "捐赠镇", null, null, null, true),
                new org.xiangli.region.RegionImport.Unit(county + "100200", org.xiangli.region.RegionKind.ADMINISTRATIVE_VILLAGE,
                        county + "100", "捐赠村", null, 100, 30, true));
        String giver = "外地乡贤" + unique();
        String talent = register(as(PLATFORM_ADMIN), talent(giver, county + "100200"));
        String purpose = "修缮上墅村文化礼堂" + unique();
        String entry = as(PLATFORM_ADMIN).document(RECORD).variable("input", Map.of("talentId", talent, "kind", "DONATION",
                        "occurredOn", "2025-03-10", "donatedAmount", "6666.00", "purpose", purpose, "beneficiaryCode", SHANGSHU_VILLAGE,
                        "description", giver + "的家人转交"))
                .execute().path("recordTalentContribution.contribution.id").entity(String.class).get();

        List<Map> received = as(SHANGSHU_OFFICIAL).document("""
                        query($code: String!) { region(code: $code) { talentContributionsReceived { id purpose donatedAmount description talent { name } } } }""")
                .variable("code", SHANGSHU_VILLAGE).execute()
                .path("region.talentContributionsReceived").entityList(Map.class).get();
        assertThat(received).filteredOn(r -> purpose.equals(r.get("purpose"))).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("donatedAmount", "6666.00").containsEntry("talent", null).containsEntry("description", null));
        // reading is not keeping: the giver's keepers correct the ledger, the beneficiary does not
        expectError(as(SHANGSHU_OFFICIAL).document("""
                        mutation($input: UpdateTalentContributionInput!) { updateTalentContribution(input: $input) { contribution { id } } }""")
                .variable("input", Map.of("id", entry, "version", 0, "description", "改")).execute(), "NOT_FOUND", "input.id");
        // and the giver's own record stays out of their reach
        as(SHANGSHU_OFFICIAL).document("query($id: ID!) { node(id: $id) { id } }").variable("id", talent).execute()
                .path("node").valueIsNull();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theNaturalKeyHoldsInTheDatabaseAlsoWithoutABirthYear() {
        Map<String, Object> input = talent("无年份" + unique(), SHANGSHU_VILLAGE);
        input.remove("birthYear");
        String id = register(as(ANJI_ADMIN), input);
        long talentId = org.xiangli.graphql.GlobalId.decode(id, "id").id();
        // a second row with the same name and hometown and no birth year, as a racing double submit would write it
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(org.springframework.dao.DataIntegrityViolationException.class, () ->
                jdbc.sql("""
                        INSERT INTO talent (region_id, region_code, name, gender, birth_year, whereabouts, category, consent_on,
                                            consent_scope, demo, version, created_at, updated_at)
                        SELECT region_id, region_code, name, gender, birth_year, whereabouts, category, consent_on, consent_scope,
                               demo, 0, created_at, updated_at FROM talent WHERE id = ?""").param(talentId).update()))
                .hasMessageContaining("uk_talent_natural_key_known");
    }

    /** A project owned by the given village, created through the API. */
    private String project(String user, String village) {
        return as(user).document("mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }")
                .variable("input", Map.of("name", "乡贤项目" + unique(), "category", "COMMON_PROSPERITY", "owner", "村股份经济合作社",
                        "ownerRegionCode", village, "funding", List.of(Map.of("source", "COUNTY_FINANCE", "budget", "1000.00"))))
                .execute().path("createProject.project.id").entity(String.class).get();
    }
}
