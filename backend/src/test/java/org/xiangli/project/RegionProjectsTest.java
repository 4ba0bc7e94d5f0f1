package org.xiangli.project;

import org.junit.jupiter.api.Test;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.support.SqlStatements;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Region.projects}: each unit's own projects, newest first, filtered and paged like the root
 * list, limited like every project read, and loaded for all units of a list at once.
 */
class RegionProjectsTest extends ProjectApiTest {

    private static final Map<String, String> BUDGET = Map.of("COUNTY_FINANCE", "100.00");

    private static final String TREE = """
            query($c: String!) {
              region(code: $c) {
                projects(first: 2) { totalCount nodes { name } }
                children {
                  code
                  projects(filter: {statuses: [IN_PROGRESS]}) { totalCount nodes { name status } }
                  children { code projects(first: 2) { totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor } } }
                }
              }
            }""";

    @Test
    void eachUnitListsItsOwnProjectsNewestFirstFilteredAndPaged() {
        String county = freshCounty("项目县");
        String town = county + "100";
        String villageA = town + "200";
        String villageB = town + "201";
        importUnits(new RegionImport.Unit(town, RegionKind.TOWN, county, "甲镇", null, null, null, true),
                new RegionImport.Unit(villageA, RegionKind.ADMINISTRATIVE_VILLAGE, town, "甲村", null, 900, 300, true),
                new RegionImport.Unit(villageB, RegionKind.ADMINISTRATIVE_VILLAGE, town, "乙村", null, 800, 250, true));
        String a1 = create("甲一", villageA, true);
        create("甲二", villageA, true);
        create("甲三", villageA, false);
        String b1 = create("乙一", villageB, true);
        create("镇一", town, true);
        changeStatus(PLATFORM_ADMIN, a1, "IN_PROGRESS", "开工").errors().verify();
        changeStatus(PLATFORM_ADMIN, b1, "IN_PROGRESS", "开工").errors().verify();

        var response = as(PLATFORM_ADMIN).document(TREE).variable("c", county).execute();
        response.path("region.projects.totalCount").entity(Integer.class).isEqualTo(5)
                .path("region.projects.nodes[*].name").entityList(String.class).containsExactly("镇一", "乙一")
                .path("region.children[0].projects.totalCount").entity(Integer.class).isEqualTo(2)
                .path("region.children[0].projects.nodes[*].name").entityList(String.class).containsExactly("乙一", "甲一")
                .path("region.children[0].children[0].code").entity(String.class).isEqualTo(villageA)
                .path("region.children[0].children[0].projects.totalCount").entity(Integer.class).isEqualTo(3)
                .path("region.children[0].children[0].projects.nodes[*].name").entityList(String.class).containsExactly("甲三", "甲二")
                .path("region.children[0].children[0].projects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("region.children[0].children[1].projects.totalCount").entity(Integer.class).isEqualTo(1)
                .path("region.children[0].children[1].projects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

        String cursor = response.path("region.children[0].children[0].projects.pageInfo.endCursor").entity(String.class).get();
        as(PLATFORM_ADMIN).document("""
                        query($c: String!, $after: String) {
                          region(code: $c) { projects(first: 2, after: $after) { totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage } } }
                        }""")
                .variable("c", villageA).variable("after", cursor).execute()
                .path("region.projects.nodes[*].name").entityList(String.class).containsExactly("甲一")
                .path("region.projects.totalCount").entity(Integer.class).isEqualTo(3)
                .path("region.projects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("region.projects.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

        // the public sees published projects only, here as in the root list
        graphQl.document("query($c: String!) { region(code: $c) { projects { totalCount nodes { name } } } }")
                .variable("c", villageA).execute()
                .path("region.projects.totalCount").entity(Integer.class).isEqualTo(2)
                .path("region.projects.nodes[*].name").entityList(String.class).containsExactly("甲二", "甲一");
    }

    @Test
    void everyCallerSeesTheSameProjectsAsInTheRootList() {
        create("范围测试", SHANGSHU_VILLAGE, false);
        Map<String, String> scopes = Map.of(ANJI_ADMIN, ANJI, SHANGSHU_ADMIN, SHANGSHU, SHANGSHU_OFFICIAL, SHANGSHU_VILLAGE,
                PLATFORM_ADMIN, "", "anonymous", "");
        scopes.forEach((user, scope) -> {
            for (String code : List.of(ANJI, SHANGSHU, SHANGSHU_VILLAGE)) {
                var response = client(user).document("""
                                query($c: String!) {
                                  region(code: $c) { projects(first: 100) { totalCount nodes { id } } }
                                  projects(first: 100, filter: {within: $c}) { totalCount nodes { id } }
                                }""")
                        .variable("c", code).execute();
                List<String> root = response.path("projects.nodes[*].id").entityList(String.class).get();
                if (code.startsWith(scope)) {
                    response.path("region.projects.nodes[*].id").entityList(String.class).containsExactly(root.toArray(String[]::new))
                            .path("region.projects.totalCount").entity(Integer.class).isEqualTo(root.size());
                } else {
                    response.path("region").valueIsNull();
                }
            }
        });
    }

    @Test
    void theStatementCountIsTheSameForOneUnitAndForMany() {
        String county = freshCounty("批量县");
        String small = county + "100";
        String large = county + "101";
        importUnits(new RegionImport.Unit(small, RegionKind.TOWN, county, "小镇", null, null, null, true),
                new RegionImport.Unit(large, RegionKind.TOWN, county, "大镇", null, null, null, true),
                new RegionImport.Unit(small + "200", RegionKind.ADMINISTRATIVE_VILLAGE, small, "小村", null, 100, 40, true));
        create("小村项目", small + "200", true);
        for (int v = 0; v < 6; v++) {
            String village = large + (200 + v);
            importUnits(new RegionImport.Unit(village, RegionKind.ADMINISTRATIVE_VILLAGE, large, "大村" + v, null, 100, 40, true));
            create("大村项目" + v, village, true);
            create("大村项目" + v + "乙", village, true);
        }
        String villagesWithProjects = """
                query($t: String!) {
                  regions(filter: {parentCode: $t}, first: 100) {
                    nodes { code projects(first: 5, filter: {statuses: [APPROVED]}) { totalCount nodes { name category } } }
                  }
                }""";

        SqlStatements.reset();
        as(PLATFORM_ADMIN).document(villagesWithProjects).variable("t", small).execute()
                .path("regions.nodes[0].projects.totalCount").entity(Integer.class).isEqualTo(1);
        long one = SqlStatements.count();
        SqlStatements.reset();
        as(PLATFORM_ADMIN).document(villagesWithProjects).variable("t", large).execute()
                .path("regions.nodes[*].projects.totalCount").entityList(Integer.class).containsExactly(2, 2, 2, 2, 2, 2);
        long six = SqlStatements.count();

        assertThat(six).isEqualTo(one);
        // regions, their page ids, the projects, their counts
        assertThat(one).isLessThanOrEqualTo(4);
    }

    private String create(String name, String owner, boolean published) {
        return createProject(PLATFORM_ADMIN, name, owner, BUDGET, published);
    }
}
