package org.xiangli.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Village affairs disclosure (村务公开): the public reads published projects of a village and their
 * spending, never drafts or personal data. Aggregates are computed in SQL within the caller's scope.
 */
class PublicDisclosureAndStatsTest extends ProjectApiTest {

    @Test
    void thePublicSeesPublishedProjectsAndTheirSpendingButNoDraftsOrNames() {
        String tag = "公开" + unique();
        String published = createProject(tag + "已公开", Map.of("COUNTY_FINANCE", "5000.00"), true);
        String draft = createProject(tag + "草稿", Map.of("COUNTY_FINANCE", "7000.00"), false);
        money(ANJI_ADMIN, published, "DISBURSEMENT", "COUNTY_FINANCE", "5000.00", "D-1").errors().verify();
        as(SHANGSHU_OFFICIAL).document("""
                        mutation($input: RecordFundMovementInput!) { recordFundMovement(input: $input) { movement { amount } } }""")
                .variable("input", Map.of("projectId", published, "kind", "PAYMENT", "source", "COUNTY_FINANCE", "amount", "1200.00",
                        "movedOn", today().toString(), "payeeKind", "PERSON", "payee", "李木匠", "voucherNo", "P-1"))
                .execute().errors().verify();

        String query = """
                query($v: String!, $n: String!) {
                  projects(filter: {villageCode: $v, nameContains: $n}) {
                    totalCount
                    nodes { name budgetTotal disbursedTotal paidTotal fundMovements { amount payee { kind name } } }
                  }
                }""";
        graphQl.document(query).variable("v", SHANGSHU_VILLAGE).variable("n", tag).execute()
                .path("projects.totalCount").entity(Integer.class).isEqualTo(1)
                .path("projects.nodes[0].name").entity(String.class).isEqualTo(tag + "已公开")
                .path("projects.nodes[0].paidTotal").entity(String.class).isEqualTo("1200.00")
                .path("projects.nodes[0].fundMovements[1].payee.name").entity(String.class).isEqualTo("李**")
                .path("projects.nodes[0].fundMovements[0].payee.name").entity(String.class).isEqualTo("安吉建工有限公司");
        graphQl.document("query($id: ID!) { project(id: $id) { name } node(id: $id) { id } }").variable("id", draft).execute()
                .path("project").valueIsNull().path("node").valueIsNull();
        graphQl.document("query($n: String!) { projectStats(groupBy: TOWNSHIP, filter: {nameContains: $n}) { key projects budget } }")
                .variable("n", tag).execute()
                .path("projectStats[0].projects").entity(Integer.class).isEqualTo(1)
                .path("projectStats[0].budget").entity(String.class).isEqualTo("5000.00");

        // officials of the village see both and the name in full; integrators never see personal data
        as(SHANGSHU_OFFICIAL).document(query).variable("v", SHANGSHU_VILLAGE).variable("n", tag).execute()
                .path("projects.totalCount").entity(Integer.class).isEqualTo(2);
        as(SHANGSHU_OFFICIAL).document("query($id: ID!) { project(id: $id) { fundMovements { payee { name } } } }")
                .variable("id", published).execute().path("project.fundMovements[1].payee.name").entity(String.class).isEqualTo("李木匠");
        as(INTEGRATOR).document("query($id: ID!) { project(id: $id) { fundMovements { payee { name } } } }")
                .variable("id", published).execute().path("project.fundMovements[1].payee.name").entity(String.class).isEqualTo("李**");
    }

    @Test
    void aggregatesGroupByTownshipCategoryAndYearWithRates() {
        String tag = "统计" + unique();
        String a = createProject(tag + "A", Map.of("COUNTY_FINANCE", "1000.00"), false);
        String b = createProject(tag + "B", Map.of("COUNTY_FINANCE", "3000.00", "SOCIAL_CAPITAL", "500.00"), false);
        String c = createProject(tag + "C", Map.of("COUNTY_FINANCE", "200.00"), false);
        createProject(ANJI_ADMIN, tag + "D", "330523200", Map.of("COUNTY_FINANCE", "10.00"), false);
        moveTo(a, "IN_PROGRESS", "COMPLETED");
        moveTo(b, "IN_PROGRESS");
        moveTo(c, "CANCELLED");
        money(ANJI_ADMIN, b, "DISBURSEMENT", "COUNTY_FINANCE", "2500.00", "D-1").errors().verify();
        money(ANJI_ADMIN, b, "PAYMENT", "COUNTY_FINANCE", "700.00", "P-1").errors().verify();

        GraphQlTester.Response byTownship = as(ANJI_SUPERVISOR).document("""
                        query($n: String!) { projectStats(groupBy: TOWNSHIP, filter: {nameContains: $n}) {
                          key projects budget disbursed paid completed completionRate overdue overdueRate } }""")
                .variable("n", tag).execute();
        byTownship.path("projectStats").entityList(Object.class).hasSize(1)
                .path("projectStats[0].key").entity(String.class).isEqualTo(SHANGSHU)
                .path("projectStats[0].projects").entity(Integer.class).isEqualTo(4)
                .path("projectStats[0].budget").entity(String.class).isEqualTo("4710.00")
                .path("projectStats[0].disbursed").entity(String.class).isEqualTo("2500.00")
                .path("projectStats[0].paid").entity(String.class).isEqualTo("700.00")
                .path("projectStats[0].completed").entity(Integer.class).isEqualTo(1)
                .path("projectStats[0].completionRate").entity(Double.class).isEqualTo(1.0 / 3)
                .path("projectStats[0].overdue").entity(Integer.class).isEqualTo(0);
        as(ANJI_ADMIN).document("query($n: String!) { projectStats(groupBy: YEAR, filter: {nameContains: $n}) { key projects } }")
                .variable("n", tag).execute()
                .path("projectStats[0].key").entity(String.class).isEqualTo(Integer.toString(today().getYear()));
        as(ANJI_ADMIN).document("""
                        query($n: String!) { projectStats(groupBy: CATEGORY, filter: {nameContains: $n, statuses: [IN_PROGRESS, COMPLETED]}) { key projects budget } }""")
                .variable("n", tag).execute()
                .path("projectStats[0].key").entity(String.class).isEqualTo("COMMON_PROSPERITY")
                .path("projectStats[0].budget").entity(String.class).isEqualTo("4500.00");
        // the village official counts only the village's own projects
        as(SHANGSHU_OFFICIAL).document("query($n: String!) { projectStats(groupBy: TOWNSHIP, filter: {nameContains: $n}) { projects } }")
                .variable("n", tag).execute().path("projectStats[0].projects").entity(Integer.class).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} counts {1} of the test's projects")
    @CsvSource({"anonymous, 0", "platform.admin, 1", "anji.admin, 1", "anji.supervisor, 1", "demo-integrator, 1",
            "shangshu.admin, 1", "shangshu.official, 1", "deqing.admin, 0", "linping.operator, 0"})
    void listsAndAggregatesAreLimitedToTheScope(String user, int count) {
        String tag = "范围" + unique();
        createProject(tag, Map.of("COUNTY_FINANCE", "100.00"), false);
        client(user).document("""
                        query($n: String!) {
                          projects(filter: {nameContains: $n}) { totalCount nodes { name } }
                          projectStats(groupBy: CATEGORY, filter: {nameContains: $n}) { projects }
                        }""")
                .variable("n", tag).execute()
                .path("projects.totalCount").entity(Integer.class).isEqualTo(count)
                .path("projectStats").entityList(Map.class).satisfies(rows -> assertThat(
                        rows.stream().mapToInt(row -> ((Number) row.get("projects")).intValue()).sum()).isEqualTo(count));
    }

    @Test
    void theDemoProjectsArePublishedForTheVillage() {
        graphQl.document("{ projects(filter: {villageCode: \"330523200200\", nameContains: \"大麓山谷\"}) { nodes { name status overdue } } }")
                .execute()
                .path("projects.nodes[0].name").entity(String.class).isEqualTo("大麓山谷音乐集镇项目")
                .path("projects.nodes[0].status").entity(String.class).isEqualTo("IN_PROGRESS");
        graphQl.document("{ projects(filter: {nameContains: \"临杭产业园\"}) { nodes { budgetTotal status funding { source } } } }").execute()
                .path("projects.nodes[0].budgetTotal").entity(String.class).isEqualTo("1500000000.00")
                .path("projects.nodes[0].status").entity(String.class).isEqualTo("COMPLETED")
                .path("projects.nodes[0].funding[*].source").entityList(String.class).containsExactly("SOCIAL_CAPITAL");
        as(SHANGSHU_OFFICIAL).document("{ poolRounds(countyCode: \"330523\") { year catalogue { code } } }").execute()
                .path("poolRounds[*].year").entityList(Integer.class).contains(today().getYear());
        as(DEQING_ADMIN).document("{ poolRounds(countyCode: \"330523\") { year } }").execute()
                .path("poolRounds").entityList(Object.class).hasSize(0);
    }

}
