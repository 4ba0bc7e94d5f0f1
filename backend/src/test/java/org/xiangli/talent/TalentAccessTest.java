package org.xiangli.talent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.xiangli.support.ApiTest;
import org.xiangli.support.SqlStatements;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Role × operation for the registry: who reads, who keeps, what is out of scope, what is masked;
 * the public sees nothing. Plus the statement count of a page with every nested field.
 */
class TalentAccessTest extends ApiTest {

    private String name;
    private String id;
    private String marker;

    @BeforeEach
    void aTalentInShangshu() {
        marker = "访问" + Integer.toString(unique(), 36);
        name = "权限乡贤" + unique();
        Map<String, Object> input = TalentRegistryTest.talent(name, TalentRegistryTest.SHANGSHU_VILLAGE);
        input.put("notes", marker);
        id = TalentRegistryTest.register(as(ANJI_ADMIN), input);
        TalentRegistryTest.record(as(ANJI_ADMIN), Map.of("talentId", id, "kind", "DONATION", "occurredOn", "2025-01-01",
                "donatedAmount", "100", "purpose", "助学"));
    }

    private HttpGraphQlTester client(String user) {
        return "anonymous".equals(user) ? graphQl : as(user);
    }

    @ParameterizedTest(name = "{0} reads the talent: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "linping.operator, FORBIDDEN", "deqing.admin, NONE", "platform.admin, FULL",
            "anji.admin, FULL", "anji.supervisor, FULL", "shangshu.admin, FULL", "shangshu.official, FULL", "demo-integrator, MASKED"})
    void readingIsScopedAndMaskedByRole(String user, String outcome) {
        GraphQlTester.Response list = client(user).document("query($q: String!) { searchTalents(query: $q) { totalCount nodes { name contact { phone } } } }")
                .variable("q", marker).execute();
        GraphQlTester.Response node = client(user).document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute();
        switch (outcome) {
            case "UNAUTHORIZED", "FORBIDDEN" -> {
                list.errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", outcome)));
                node.path("node").valueIsNull();
            }
            case "NONE" -> {
                list.path("searchTalents.totalCount").entity(Integer.class).isEqualTo(0);
                node.path("node").valueIsNull();
            }
            case "FULL" -> {
                list.path("searchTalents.nodes[0].name").entity(String.class).isEqualTo(name)
                        .path("searchTalents.nodes[0].contact.phone").entity(String.class).isEqualTo("13800009999");
                node.path("node.id").entity(String.class).isEqualTo(id);
            }
            case "MASKED" -> {
                list.path("searchTalents.nodes[0].name").entity(String.class).isEqualTo(name.charAt(0) + "*".repeat(name.length() - 1))
                        .path("searchTalents.nodes[0].contact.phone").entity(String.class).isEqualTo("138****9999");
                node.path("node.id").entity(String.class).isEqualTo(id);
            }
            default -> throw new IllegalArgumentException(outcome);
        }
    }

    @Test
    void thePublicSeesNoTalentsEvenThroughTheRegionTree() {
        graphQl.document("{ region(code: \"" + TalentRegistryTest.SHANGSHU_VILLAGE + "\") { name hometownTalents { name } talentContributionsReceived { purpose } } }")
                .execute()
                .path("region.name").entity(String.class).isEqualTo("上墅村")
                .path("region.hometownTalents").entityList(Object.class).hasSize(0);
        graphQl.document("{ talentTotals { people } }").execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty());
    }

    @ParameterizedTest(name = "{0} registers a talent in 上墅村: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "anji.supervisor, FORBIDDEN", "demo-integrator, FORBIDDEN", "linping.operator, FORBIDDEN",
            "deqing.admin, NOT_FOUND", "shangshu.official, ALLOWED", "shangshu.admin, ALLOWED", "anji.admin, ALLOWED"})
    void keepingIsForAdminsAndOfficialsInScope(String user, String outcome) {
        GraphQlTester.Response response = client(user).document(TalentRegistryTest.REGISTER)
                .variable("input", TalentRegistryTest.talent("登记" + unique(), TalentRegistryTest.SHANGSHU_VILLAGE)).execute();
        if ("ALLOWED".equals(outcome)) {
            response.path("registerTalent.talent.id").hasValue();
        } else {
            response.errors().satisfy(errors -> assertThat(errors).singleElement()
                    .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", outcome)));
        }
    }

    @Test
    void totalsAreScopedAndKeepPledgedAndRealisedApart() {
        String township = "330523200";
        Map<String, Object> named = TalentRegistryTest.talent("合计" + unique(), township + "200");
        // on the honours list (topTalentContributors) only with consent to being named in public
        named.put("consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY", "CONTACT", "PUBLICITY")));
        String talent = TalentRegistryTest.register(as(SHANGSHU_ADMIN), named);
        TalentRegistryTest.record(as(SHANGSHU_ADMIN), Map.of("talentId", talent, "kind", "INVESTMENT", "occurredOn", "2025-01-01",
                "pledgedAmount", "700", "realisedAmount", "300", "jobsCreated", 4));
        String query = "query($w: String) { talentTotals(within: $w) { townshipCode category people pledgedInvestment realisedInvestment donations jobsCreated } }";
        var before = as(ANJI_SUPERVISOR).document(query).variable("w", township).execute()
                .path("talentTotals[?(@.category == 'ENTREPRENEUR')]").entityList(Map.class).get();
        assertThat(before).singleElement().satisfies(row -> {
            assertThat(row.get("townshipCode")).isEqualTo(township);
            assertThat(new java.math.BigDecimal(row.get("pledgedInvestment").toString()))
                    .isGreaterThan(new java.math.BigDecimal(row.get("realisedInvestment").toString()));
        });
        as(DEQING_ADMIN).document(query).variable("w", township).execute().path("talentTotals").entityList(Object.class).hasSize(0);
        // each row's township, looked up once for all rows, is the row's own
        assertThat(as(ANJI_SUPERVISOR).document("query($w: String) { talentTotals(within: $w) { townshipCode township { code name } } }")
                .variable("w", "330523").execute().path("talentTotals").entityList(Map.class).get())
                .isNotEmpty().allSatisfy(row -> {
                    assertThat(((Map<?, ?>) row.get("township")).get("code")).isEqualTo(row.get("townshipCode"));
                    assertThat(((Map<?, ?>) row.get("township")).get("name")).isNotNull();
                }).anySatisfy(row -> assertThat(((Map<?, ?>) row.get("township")).get("name")).isEqualTo("上墅乡"));
        as(INTEGRATOR).document("{ topTalentContributors(within: \"330523200\", by: JOBS_CREATED, first: 100) { rank value talent { name } } }")
                .execute().path("topTalentContributors[0].rank").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void aPageOfTalentsWithEveryNestedFieldCostsAFixedNumberOfStatements() {
        String query = """
                query($w: String) { talents(filter: {within: $w}, first: 50) { totalCount nodes {
                  name hometown { name } totals { entries } memberships { role } contributions { kind beneficiary { name } talent { name } } } } }""";
        HttpGraphQlTester admin = as(ANJI_ADMIN);
        admin.document(query).variable("w", "330523").execute().path("talents.totalCount").hasValue();
        long small = statements(admin, query, TalentRegistryTest.SHANGSHU_VILLAGE);
        long large = statements(admin, query, "330523");
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(10);
    }

    private static long statements(HttpGraphQlTester client, String query, String within) {
        SqlStatements.reset();
        client.document(query).variable("w", within).execute().path("talents.nodes").entityList(Object.class).hasSizeGreaterThan(0);
        return SqlStatements.count();
    }
}
