package org.xiangli.project;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xiangli.support.TwoPaths;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project list that asks only for plain columns (and whether it is overdue) is one compiled statement, totalCount included,
 * and answers the same bytes as the entity path: rows, order, cursors, pages and the caller's scope
 * (a township admin sees their township's, the public only published projects).
 */
class ProjectRowsTest extends ProjectApiTest {

    private static final String NODE = "id overdue name status category year owner ownerRegionCode description budgetTotal disbursedTotal paidTotal";

    /** Not read by the compiled path. */
    private static final String MARKER = "published";

    /** The page and its totalCount, counted beside it. */
    private static final int PAGE_AND_TOTAL = 2;

    private TwoPaths paths;

    @BeforeEach
    void paths() {
        paths = new TwoPaths(http);
    }

    private static String projects(String filter, String order, String after) {
        return "{ projects(first: 2, filter: %s, orderBy: %s%s) { totalCount edges { cursor node { %s } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"
                .formatted(filter, order, after == null ? "" : ", after: \"" + after + "\"", NODE);
    }

    @Test
    void aCountysProjectsPageByPageForEachCallerAndOrder() {
        String tag = "行" + unique();
        createProject(tag + "-a", Map.of("COUNTY_FINANCE", "100.50"), true);
        createProject(tag + "-b", Map.of("COUNTY_FINANCE", "20.00"), false);
        createProject(ANJI_ADMIN, tag + "-c", OTHER_VILLAGE, Map.of("COUNTY_FINANCE", "3.00"), true);
        // in progress, and no report for a period that has ended: overdue
        moveTo(createProject(tag + "-d", Map.of("COUNTY_FINANCE", "7.00"), true), "IN_PROGRESS");
        clock.advance(java.time.Duration.ofDays(31));
        assertThat(paths.answer(tokenOf(ANJI_ADMIN), projects("{within: \"330523\", statuses: [IN_PROGRESS]}", "NEWEST_FIRST", null)))
                .contains("\"overdue\":true");
        for (String user : new String[] {ANJI_ADMIN, SHANGSHU_ADMIN, DEQING_ADMIN, null}) {
            String token = user == null ? null : tokenOf(user);
            for (String order : new String[] {"NEWEST_FIRST", "OLDEST_FIRST", "NAME_ASC"}) {
                for (String filter : new String[] {"{within: \"330523\"}", "{within: \"330523200\", statuses: [APPROVED, IN_PROGRESS]}",
                        "{within: \"330523\", categories: [AGRICULTURE, INDUSTRY], year: 2026}", "{}"}) {
                    String page = paths.sameAnswer(token, projects(filter, order, null), NODE, MARKER, PAGE_AND_TOTAL);
                    if (page.contains("\"hasNextPage\":true")) {
                        paths.sameAnswer(token, projects(filter, order, TwoPaths.endCursor(page)), NODE, MARKER, PAGE_AND_TOTAL);
                    }
                }
            }
        }
    }

    @Test
    void theTotalComesWithAnEmptyPageToo() {
        String token = tokenOf(ANJI_ADMIN);
        String page = paths.sameAnswer(token, projects("{within: \"330523\"}", "NEWEST_FIRST", null), NODE, MARKER, PAGE_AND_TOTAL);
        String total = page.substring(page.indexOf("\"totalCount\""), page.indexOf(",\"edges\""));
        while (page.contains("\"hasNextPage\":true")) {
            page = paths.sameAnswer(token, projects("{within: \"330523\"}", "NEWEST_FIRST", TwoPaths.endCursor(page)), NODE, MARKER, PAGE_AND_TOTAL);
        }
        String empty = paths.sameAnswer(token, projects("{within: \"330523\"}", "NEWEST_FIRST", TwoPaths.endCursor(page)), NODE, MARKER, PAGE_AND_TOTAL);
        assertThat(empty).contains(total, "\"edges\":[]");
        assertThat(total).doesNotContain(":0");
    }
}
