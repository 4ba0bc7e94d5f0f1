package org.xiangli.region;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.xiangli.support.ApiTest;
import org.xiangli.support.SqlStatements;
import org.xiangli.support.TwoPaths;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region list, or a unit with two levels of children, that asks only for plain columns is one
 * compiled statement and answers the same bytes as the entity path: rows, order, cursors, pages
 * and the caller's scope.
 */
class RegionRowsTest extends ApiTest {

    private static final String NODE = "id code level kind name description population households syntheticCode version";
    /** Computed from the retirement: only the entity path answers it. */
    private static final String MARKER = "retired";

    /** The page and its totalCount, counted beside it. */
    private static final int PAGE_AND_TOTAL = 2;

    private TwoPaths paths;

    @BeforeEach
    void paths() {
        paths = new TwoPaths(http);
    }

    private static String children(String parent, String order, String after) {
        return "{ regions(first: 2, filter: {parentCode: \"%s\"}, orderBy: %s%s) { totalCount edges { cursor node { %s } } nodes { %s } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"
                .formatted(parent, order, after == null ? "" : ", after: \"" + after + "\"", NODE, NODE);
    }

    @Test
    void aTownshipsVillagesPageByPageInBothOrders() {
        String county = freshCounty("行县");
        String town = county + "100";
        importUnits(new RegionImport.Unit(town, RegionKind.TOWN, county, "行镇", null, null, null, true));
        for (int v = 0; v < 5; v++) {
            importUnits(new RegionImport.Unit(town + (200 + v), RegionKind.ADMINISTRATIVE_VILLAGE, town,
                    "村" + (5 - v), null, v == 2 ? null : 1000 + v, 300, true));
        }
        for (String order : new String[] {"CODE_ASC", "CODE_DESC", "NAME_ASC", "NAME_DESC"}) {
            String token = tokenOf(PLATFORM_ADMIN);
            String page = paths.sameAnswer(token, children(town, order, null), NODE, MARKER, PAGE_AND_TOTAL);
            assertThat(page).contains("\"totalCount\":5", "\"hasNextPage\":true");
            page = paths.sameAnswer(token, children(town, order, TwoPaths.endCursor(page)), NODE, MARKER, PAGE_AND_TOTAL);
            page = paths.sameAnswer(token, children(town, order, TwoPaths.endCursor(page)), NODE, MARKER, PAGE_AND_TOTAL);
            assertThat(page).contains("\"hasNextPage\":false", "\"hasPreviousPage\":true");
        }
    }

    @Test
    void aTownshipAdminSeesOnlyTheirTownshipWhateverParentTheyName() {
        String token = tokenOf(SHANGSHU_ADMIN);
        String own = paths.sameAnswer(token, children("330523200", "CODE_ASC", null), NODE, MARKER, PAGE_AND_TOTAL);
        assertThat(own).contains("\"code\":\"330523200");
        // 安吉县 itself is out of their scope: its townships are not listed, 上墅乡 included
        String county = paths.sameAnswer(token, children("330523", "CODE_ASC", null), NODE, MARKER, PAGE_AND_TOTAL);
        assertThat(county).contains("\"totalCount\":0");
        String other = paths.sameAnswer(tokenOf(DEQING_ADMIN), children("330523", "CODE_ASC", null), NODE, MARKER, PAGE_AND_TOTAL);
        assertThat(other).contains("\"totalCount\":0");
        paths.sameAnswer(null, children("330523200", "CODE_ASC", null), NODE, MARKER, PAGE_AND_TOTAL);
    }

    private static String tree(String code, String inner) {
        return "{ region(code: \"%s\") { code name population children { code kind name children { %s } } } }".formatted(code, inner);
    }

    @Test
    void aUnitWithTwoLevelsOfChildrenInTheCallersScope() {
        String county = freshCounty("树县");
        for (int t = 0; t < 3; t++) {
            String town = county + (100 + t);
            importUnits(new RegionImport.Unit(town, RegionKind.TOWN, county, "镇" + (3 - t), null, null, null, true));
            for (int v = 0; v < t; v++) {
                importUnits(new RegionImport.Unit(town + (200 + v), RegionKind.ADMINISTRATIVE_VILLAGE, town,
                        "村" + t + "-" + v, null, 500 + v, 100, true));
            }
        }
        String node = "id code name households";
        String answer = paths.sameAnswer(tokenOf(PLATFORM_ADMIN), tree(county, node), node, MARKER, 1);
        assertThat(answer).contains("\"children\":[]", county + "101200");
        paths.sameAnswer(tokenOf(PLATFORM_ADMIN), tree("330523", node), node, MARKER, 1);
        paths.sameAnswer(tokenOf(SHANGSHU_ADMIN), tree("330523200", node), node, MARKER, 1);
        // out of scope: null on both paths
        assertThat(paths.sameAnswer(tokenOf(SHANGSHU_ADMIN), tree("330523", node), node, MARKER, 1)).isEqualTo("{\"data\":{\"region\":null}}");
        assertThat(paths.sameAnswer(tokenOf(PLATFORM_ADMIN), tree("999999999", node), node, MARKER, 1)).isEqualTo("{\"data\":{\"region\":null}}");
        paths.sameAnswer(tokenOf(ANJI_ADMIN), "{ region(code: \"330523200\") { code name } }", "code name", MARKER, 1);
    }

    @Test
    void fragmentsAliasesAndDirectivesAreReadOffTheDocument() {
        String token = tokenOf(PLATFORM_ADMIN);
        String node = "c: code ... on Region { name } ...sizes";
        String fragments = " fragment sizes on Region { population }";
        String page = paths.sameAnswer(token, "{ regions(first: 3, filter: {parentCode: \"330523200\"}) { ...counted list: nodes { %s } } }"
                .formatted(node) + " fragment counted on RegionConnection { total: totalCount }" + fragments, node, MARKER, PAGE_AND_TOTAL);
        assertThat(page).contains("\"total\":", "\"list\":[{\"c\":\"330523200");
        // a field the compiled path does not read, left out by a directive, leaves it compiled
        paths.sameAnswer(token, "{ regions(first: 3, filter: {parentCode: \"330523200\"}) { nodes { code retired @include(if: false) } } }",
                "code retired @include(if: false)", MARKER, 1);
        paths.sameAnswer(token, "{ regions(first: 3, filter: {parentCode: \"330523200\"}) { nodes { code retired @skip(if: true) } } }",
                "code retired @skip(if: true)", MARKER, 1);
        // and included by a variable, it is read: the entity path answers it
        String document = "query($full: Boolean!) { regions(first: 3, filter: {parentCode: \"330523200\"}) { nodes { code retired @include(if: $full) } } }";
        SqlStatements.reset();
        assertThat(withVariable(token, document, false)).doesNotContain("retired");
        assertThat(SqlStatements.count()).as("statements without the retirement").isEqualTo(1);
        assertThat(withVariable(token, document, true)).contains("\"retired\":false");
    }

    private String withVariable(String token, String document, boolean full) {
        return new String(http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token)
                .bodyValue(Map.of("query", document, "variables", Map.of("full", full))).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
    }
}
