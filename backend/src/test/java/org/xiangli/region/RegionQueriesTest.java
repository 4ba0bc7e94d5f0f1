package org.xiangli.region;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.xiangli.support.ApiTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegionQueriesTest extends ApiTest {

    @Test
    void findsADemoCountyByCodeWithItsOfficialCode() {
        graphQl.document("""
                        { region(code: "330523") { name level kind syntheticCode parent { name }
                            children { name kind syntheticCode } } }""")
                .execute()
                .path("region.name").entity(String.class).isEqualTo("安吉县")
                .path("region.level").entity(String.class).isEqualTo("COUNTY")
                .path("region.kind").entity(String.class).isEqualTo("COUNTY")
                .path("region.syntheticCode").entity(Boolean.class).isEqualTo(false)
                .path("region.parent").valueIsNull()
                .path("region.children[*].name").entityList(String.class)
                .contains("上墅乡", "孝丰镇", "天子湖镇", "杭垓镇", "山川乡")
                .path("region.children[*].syntheticCode").entityList(Boolean.class).containsExactly(true, true, true, true, true);
    }

    @Test
    void demoTownshipCodesFollowTheirKindRange() {
        List<String> codes = graphQl.document("""
                        { regions(filter: {parentCode: "330523"}, first: 10) { nodes { code kind } } }""")
                .execute()
                .path("regions.nodes[*].code").entityList(String.class).get();
        assertThat(codes).containsExactly("330523100", "330523101", "330523102", "330523200", "330523201");
    }

    @Test
    void findsAnyRegionByGlobalId() {
        String id = graphQl.document("{ region(code: \"330521\") { id } }").execute()
                .path("region.id").entity(String.class).get();
        graphQl.document("query($id: ID!) { node(id: $id) { id ... on Region { name } } }")
                .variable("id", id).execute()
                .path("node.name").entity(String.class).isEqualTo("德清县");
    }

    @Test
    void unknownIdIsNullAndMalformedIdIsABadRequest() {
        graphQl.document("{ node(id: \"UmVnaW9uOjk5OTk5OTk5\") { id } }").execute()
                .path("node").valueIsNull();
        graphQl.document("{ node(id: \"not-an-id\") { id } }").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getExtensions()).containsEntry("classification", "BAD_REQUEST")
                            .containsEntry("field", "id");
                    assertThat(errors.getFirst().getMessage()).contains("not an ID this API issued");
                });
    }

    @Test
    void pagesForwardAndBackwardThroughASubtree() {
        String county = freshCounty("分页测试县");
        for (int i = 0; i < 5; i++) {
            importUnits(new RegionImport.Unit(county + "10" + i, RegionKind.TOWN, county, "镇" + i, null, null, null, true));
        }
        String query = """
                query($first: Int, $after: String, $last: Int, $before: String, $county: String) {
                  regions(first: $first, after: $after, last: $last, before: $before, filter: {parentCode: $county}) {
                    totalCount
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                    nodes { name }
                  }
                }""";
        GraphQlTester.Response page1 = graphQl.document(query).variable("first", 2).variable("county", county).execute();
        page1.path("regions.totalCount").entity(Integer.class).isEqualTo(5)
                .path("regions.nodes[*].name").entityList(String.class).containsExactly("镇0", "镇1")
                .path("regions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("regions.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        String end1 = page1.path("regions.pageInfo.endCursor").entity(String.class).get();

        GraphQlTester.Response page2 = graphQl.document(query).variable("first", 2).variable("after", end1)
                .variable("county", county).execute();
        page2.path("regions.nodes[*].name").entityList(String.class).containsExactly("镇2", "镇3")
                .path("regions.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        String end2 = page2.path("regions.pageInfo.endCursor").entity(String.class).get();

        graphQl.document(query).variable("first", 2).variable("after", end2).variable("county", county).execute()
                .path("regions.nodes[*].name").entityList(String.class).containsExactly("镇4")
                .path("regions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

        GraphQlTester.Response last = graphQl.document(query).variable("last", 2).variable("county", county).execute();
        last.path("regions.nodes[*].name").entityList(String.class).containsExactly("镇3", "镇4")
                .path("regions.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true)
                .path("regions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        String start = last.path("regions.pageInfo.startCursor").entity(String.class).get();

        graphQl.document(query).variable("last", 2).variable("before", start).variable("county", county).execute()
                .path("regions.nodes[*].name").entityList(String.class).containsExactly("镇1", "镇2");

        graphQl.document(query).variable("first", 0).variable("county", county).execute()
                .path("regions.nodes").entityList(Object.class).hasSize(0)
                .path("regions.totalCount").entity(Integer.class).isEqualTo(5);
    }

    @Test
    void refusesOversizedPagesConflictingArgumentsAndForeignCursors() {
        assertBadRequest("{ regions(first: 101) { totalCount } }", "first", "at most 100");
        assertBadRequest("{ regions(last: 101) { totalCount } }", "last", "at most 100");
        assertBadRequest("{ regions(first: -1) { totalCount } }", "first", "0 or more");
        assertBadRequest("{ regions(first: 1, last: 1) { totalCount } }", "last", "not both");
        assertBadRequest("{ regions(after: \"garbage\") { totalCount } }", "after", "not a cursor");
        String nameCursor = graphQl.document("{ regions(first: 1, orderBy: NAME_ASC) { pageInfo { endCursor } } }")
                .execute().path("regions.pageInfo.endCursor").entity(String.class).get();
        String codeCursor = graphQl.document("{ regions(first: 1) { pageInfo { endCursor } } }")
                .execute().path("regions.pageInfo.endCursor").entity(String.class).get();
        graphQl.document("query($c: String) { regions(first: 1, after: $c, orderBy: NAME_ASC) { totalCount } }")
                .variable("c", codeCursor).execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getMessage()).contains("another order"));
        assertThat(nameCursor).isNotEqualTo(codeCursor);
    }

    @Test
    void cursorsRevealNoInternals() {
        String cursor = graphQl.document("{ regions(first: 1) { pageInfo { endCursor } } }")
                .execute().path("regions.pageInfo.endCursor").entity(String.class).get();
        String decoded = new String(java.util.Base64.getUrlDecoder().decode(cursor));
        assertThat(decoded).doesNotContain("java.").startsWith("{");
    }

    @Test
    void filtersByLevelKindNameAndSubtree() {
        graphQl.document("""
                        { regions(filter: {levels: [VILLAGE], kinds: [COMMUNITY]}, first: 50) { nodes { name } } }""")
                .execute()
                .path("regions.nodes[*].name").entityList(String.class).contains("杨家浜社区", "拔浪鼓社区")
                .doesNotContain("上墅村");
        graphQl.document("""
                        { regions(filter: {nameContains: "上墅"}, first: 50) { nodes { name level } } }""")
                .execute()
                .path("regions.nodes[*].name").entityList(String.class).satisfies(names -> assertThat(names).containsExactlyInAnyOrder("上墅乡", "上墅村"));
        graphQl.document("""
                        { regions(filter: {within: "330523", levels: [VILLAGE]}, first: 50) { totalCount nodes { name } } }""")
                .execute()
                .path("regions.nodes[*].name").entityList(String.class).satisfies(names -> assertThat(names)
                        .contains("上墅村", "渡口溪村").doesNotContain("上杨村", "杨家浜社区", "上墅乡"));
        graphQl.document("""
                        { regions(filter: {nameContains: "%"}, first: 50) { totalCount } }""")
                .execute()
                .path("regions.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void sortsByNameDescending() {
        List<String> names = graphQl.document("""
                        { regions(filter: {parentCode: "330523"}, orderBy: NAME_DESC, first: 10) { nodes { name } } }""")
                .execute().path("regions.nodes[*].name").entityList(String.class).get();
        assertThat(names).hasSize(5).isSortedAccordingTo(java.util.Comparator.<String>naturalOrder().reversed());
    }

    @Test
    void aggregatesVillagesAndPopulationOverTheSubtree() {
        String county = freshCounty("统计测试县");
        importUnits(new RegionImport.Unit(county + "100", RegionKind.TOWN, county, "甲镇", null, null, null, true));
        importUnits(new RegionImport.Unit(county + "100200", RegionKind.ADMINISTRATIVE_VILLAGE, county + "100", "一村", null, 1000, 300, true));
        importUnits(new RegionImport.Unit(county + "100201", RegionKind.ADMINISTRATIVE_VILLAGE, county + "100", "二村", null, 2500, 800, true));
        importUnits(new RegionImport.Unit(county + "001", RegionKind.SUBDISTRICT, county, "乙街道", null, null, null, true));
        importUnits(new RegionImport.Unit(county + "001001", RegionKind.COMMUNITY, county + "001", "三社区", null, 4000, 1500, true));
        graphQl.document("query($c: String!) { region(code: $c) { stats { townships villages population households } } }")
                .variable("c", county).execute()
                .path("region.stats.townships").entity(Integer.class).isEqualTo(2)
                .path("region.stats.villages").entity(Integer.class).isEqualTo(3)
                .path("region.stats.population").entity(Integer.class).isEqualTo(7500)
                .path("region.stats.households").entity(Integer.class).isEqualTo(2600);
        graphQl.document("query($c: String!) { region(code: $c) { stats { villages population } } }")
                .variable("c", county + "100").execute()
                .path("region.stats.villages").entity(Integer.class).isEqualTo(2)
                .path("region.stats.population").entity(Integer.class).isEqualTo(3500);
    }

    @Test
    void showsPublishedCollectiveIncomeExactly() {
        graphQl.document("""
                        { regions(filter: {nameContains: "上杨村"}) { nodes { collectiveIncome { year amount } } } }""")
                .execute()
                .path("regions.nodes[0].collectiveIncome[0].year").entity(Integer.class).isEqualTo(2022)
                .path("regions.nodes[0].collectiveIncome[0].amount").entity(String.class).isEqualTo("2244000.00")
                .path("regions.nodes[0].collectiveIncome[1].year").entity(Integer.class).isEqualTo(2021)
                .path("regions.nodes[0].collectiveIncome[1].amount").entity(String.class).isEqualTo("2017985.61");
    }

    private void assertBadRequest(String document, String field, String messagePart) {
        graphQl.document(document).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getExtensions()).containsEntry("classification", "BAD_REQUEST").containsEntry("field", field);
            assertThat(errors.getFirst().getMessage()).contains(messagePart);
        });
    }
}
