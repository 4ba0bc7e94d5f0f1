package org.xiangli.project;

import org.junit.jupiter.api.Test;
import org.xiangli.support.SqlStatements;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Nested project fields are batch-loaded: the statement count does not grow with the page. */
class ProjectStatementsTest extends ProjectApiTest {

    private static final String EVERYTHING = """
            query($n: String!) {
              projects(filter: {nameContains: $n}, first: 50) {
                totalCount
                nodes {
                  name overdue
                  villages { share village { name } }
                  funding { source budget }
                  fundMovements { amount payee { name } }
                  progressReports { percentDone evidence { fileName } }
                  transitions { to actor }
                  bondStages { stage }
                }
              }
            }""";

    @Test
    void aPageOfProjectsWithEverythingNestedCostsTheSameWhateverItsSize() {
        long two = statementsFor(projects(2));
        long twenty = statementsFor(projects(20));
        assertThat(twenty).isEqualTo(two);
        assertThat(two).isLessThanOrEqualTo(10);
    }

    private String projects(int count) {
        String tag = "批量" + unique() + "-";
        for (int i = 0; i < count; i++) {
            String project = createProject(tag + i, Map.of("COUNTY_FINANCE", "100.00", "SOCIAL_CAPITAL", "50.00"), false);
            money(ANJI_ADMIN, project, "DISBURSEMENT", "COUNTY_FINANCE", "60.00", "D-" + i).errors().verify();
        }
        return tag;
    }

    private long statementsFor(String tag) {
        SqlStatements.reset();
        as(ANJI_ADMIN).document(EVERYTHING).variable("n", tag).execute()
                .path("projects.nodes[0].funding[1].source").entity(String.class).isEqualTo("SOCIAL_CAPITAL");
        return SqlStatements.count();
    }
}
