package org.xiangli.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.xiangli.support.ApiTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roles of issue 14 against everything else, with real tokens: command centres (scope: their
 * township) and grid workers (scope: their grid) read no talent, elder or audit record and change no
 * project or region; command centres read no alert, grid workers only the alerts of their grid's
 * elders (GridFirstResponderTest); what they read of regions and projects stays in their scope,
 * for a grid worker the village holding their grid. An existing role in each row shows the
 * operation itself works.
 */
class NewRolesAccessMatrixTest extends ApiTest {

    @ParameterizedTest(name = "{0} reads {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "lijiaxiang.centre | talents(first: 1) { totalCount } | FORBIDDEN",
            "shangshu.centre   | talents(first: 1) { totalCount } | FORBIDDEN",
            "xu.yanliang       | talents(first: 1) { totalCount } | FORBIDDEN",
            "shangshu.grid     | talents(first: 1) { totalCount } | FORBIDDEN",
            "shangshu.admin    | talents(first: 1) { totalCount } | ALLOWED",
            "shangshu.grid     | searchTalents(query: \"吴\") { totalCount } | FORBIDDEN",
            "shangshu.centre   | talentTotals { townshipCode } | FORBIDDEN",
            "lijiaxiang.centre | elders(first: 1) { totalCount } | FORBIDDEN",
            "shangshu.centre   | elders(first: 1) { totalCount } | FORBIDDEN",
            "xu.yanliang       | elders(first: 1) { totalCount } | FORBIDDEN",
            "shangshu.grid     | elders(first: 1) { totalCount } | FORBIDDEN",
            "linping.operator  | elders(first: 1) { totalCount } | ALLOWED",
            "shangshu.centre   | alerts(first: 1) { totalCount } | FORBIDDEN",
            "shangshu.grid     | alerts(first: 1) { totalCount } | ALLOWED",
            "xu.yanliang       | alerts(first: 1) { totalCount } | ALLOWED",
            "xu.yanliang       | alertKpis { total } | FORBIDDEN",
            "shangshu.grid     | deviceDeadLetters(first: 1) { totalCount } | FORBIDDEN",
            "shangshu.centre   | alertKpis { total } | FORBIDDEN",
            "lijiaxiang.centre | auditLog(first: 1) { totalCount } | FORBIDDEN",
            "shangshu.centre   | auditLog(first: 1) { totalCount } | FORBIDDEN",
            "xu.yanliang       | auditLog(first: 1) { totalCount } | FORBIDDEN",
            "shangshu.grid     | auditLog(first: 1) { totalCount } | FORBIDDEN",
            "anji.supervisor   | auditLog(first: 1) { totalCount } | ALLOWED",
            "shangshu.centre   | deviceDeadLetters(first: 1) { totalCount } | FORBIDDEN",
            "shangshu.grid     | unknownDevices(first: 1) { totalCount } | FORBIDDEN"})
    void readsNothingOutsideTheirWork(String user, String field, String outcome) {
        GraphQlTester.Response response = as(user).document("{ " + field + " }").execute();
        expect(response, outcome, field.split("[( ]")[0]);
    }

    @ParameterizedTest(name = "{0} creates a project: {1}")
    @CsvSource({"lijiaxiang.centre, FORBIDDEN", "shangshu.centre, FORBIDDEN", "xu.yanliang, FORBIDDEN", "shangshu.grid, FORBIDDEN",
            "shangshu.admin, ALLOWED"})
    void changesNoProject(String user, String outcome) {
        expect(as(user).document("mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }")
                .variable("i", Map.of("name", "矩阵项目" + unique(), "category", "DIGITAL", "owner", "上墅村",
                        "ownerRegionCode", "330523200200", "funding", List.of(Map.of("source", "COUNTY_FINANCE", "budget", "10.00"))))
                .execute(), outcome, "createProject");
    }

    @ParameterizedTest(name = "{0} updates 上墅村: {1}")
    @CsvSource({"shangshu.centre, FORBIDDEN", "shangshu.grid, FORBIDDEN", "shangshu.official, ALLOWED"})
    void changesNoRegion(String user, String outcome) {
        GraphQlTester.Response current = as(PLATFORM_ADMIN).document("{ region(code: \"330523200200\") { id version } }").execute();
        expect(as(user).document("mutation($i: UpdateRegionInput!) { updateRegion(input: $i) { region { version } } }")
                .variable("i", Map.of("id", current.path("region.id").entity(String.class).get(),
                        "version", current.path("region.version").entity(Integer.class).get(), "households", 700 + unique() % 100))
                .execute(), outcome, "updateRegion");
    }

    @ParameterizedTest(name = "{0} sees region {1}: {2}")
    @CsvSource({"lijiaxiang.centre, 330522100, true", "lijiaxiang.centre, 330523200, false", "lijiaxiang.centre, 330522, false",
            "shangshu.centre, 330523200, true", "shangshu.centre, 330523200200, true", "shangshu.centre, 330523, false",
            "shangshu.grid, 330523200200, true", "shangshu.grid, 330523200, false",
            "xu.yanliang, 330522100200, true", "xu.yanliang, 330522100201, false", "xu.yanliang, 330522100, false"})
    void regionsStayInTheScope(String user, String code, boolean visible) {
        GraphQlTester.Response response = as(user).document("{ region(code: \"" + code + "\") { code } }").execute();
        if (visible) {
            response.path("region.code").entity(String.class).isEqualTo(code);
        } else {
            response.path("region").valueIsNull();
        }
    }

    @ParameterizedTest(name = "{0} lists the regions of {1} only")
    @CsvSource({"xu.yanliang, 330522100200", "shangshu.grid, 330523200200"})
    void gridWorkersListOnlyTheirGridsVillage(String user, String village) {
        List<String> codes = as(user).document("{ regions(first: 100) { totalCount nodes { code } } }").execute()
                .path("regions.nodes[*].code").entityList(String.class).get();
        assertThat(codes).containsExactly(village);
        assertThat(as(user).document("{ alerts(first: 100, filter: {statuses: []}) { nodes { elder { villageCode } } } }").execute()
                .path("alerts.nodes[*].elder.villageCode").entityList(String.class).get()).allSatisfy(code -> assertThat(code).isEqualTo(village));
    }

    @Test
    void projectsStayInTheScope() {
        List<String> owners = as(SHANGSHU_GRID).document("{ projects(first: 100) { nodes { ownerRegionCode } } }").execute()
                .path("projects.nodes[*].ownerRegionCode").entityList(String.class).get();
        assertThat(owners).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith("330523200200"));
        assertThat(as(XU_YANLIANG).document("{ projects(first: 100) { nodes { ownerRegionCode } } }").execute()
                .path("projects.nodes[*].ownerRegionCode").entityList(String.class).get())
                .allSatisfy(code -> assertThat(code).startsWith("330522100200"));
        assertThat(as(LIJIAXIANG_CENTRE).document("{ projects(first: 100) { nodes { ownerRegionCode } } }").execute()
                .path("projects.nodes[*].ownerRegionCode").entityList(String.class).get())
                .allSatisfy(code -> assertThat(code).startsWith("330522100"));
    }

    @Test
    void personalDataOfRegionsIsMaskedForGridWorkers() {
        as(SHANGSHU_GRID).document("{ region(code: \"330523200200\") { contact { name phone } } }").execute()
                .path("region.contact.phone").entity(String.class).isEqualTo("138****0002");
    }

    private static void expect(GraphQlTester.Response response, String outcome, String field) {
        if ("ALLOWED".equals(outcome)) {
            response.errors().verify().path(field).hasValue();
        } else {
            List<ResponseError> seen = new ArrayList<>();
            response.errors().satisfy(seen::addAll);
            assertThat(seen).singleElement().satisfies(error ->
                    assertThat(error.getExtensions()).containsEntry("classification", outcome));
        }
    }
}
