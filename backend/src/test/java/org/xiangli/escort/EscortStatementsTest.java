package org.xiangli.escort;

import org.junit.jupiter.api.Test;
import org.xiangli.support.SqlStatements;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Escort and supervision nested under a page of projects are batch-loaded: the statement count does not grow with the page. */
class EscortStatementsTest extends EscortApiTest {

    private static final String EVERYTHING = """
            query($n: String!) {
              projects(filter: {nameContains: $n}, first: 10) {
                nodes {
                  name
                  escort { commissioner { name } milestones { name overdue overdueMatter { number } } }
                  siteChecks { checkers findings { number owner { name } } }
                  riskPoints { level measures { what status } }
                  matters { number kind }
                }
              }
            }""";

    @Test
    void aPageOfEscortedProjectsWithEverythingNestedCostsTheSameWhateverItsSize() {
        long two = statementsFor(projects(2));
        long six = statementsFor(projects(6));
        assertThat(six).isEqualTo(two);
        assertThat(two).isLessThanOrEqualTo(14);
    }

    private String projects(int count) {
        String tag = "护航批量" + unique() + "-";
        for (int i = 0; i < count; i++) {
            String project = escortedProject(tag + i);
            mutate(ANJI_SUPERVISOR, "recordSiteCheck", "RecordSiteCheckInput", "siteCheck { id }", Map.of("projectId", project,
                    "checkedOn", today().toString(), "checkers", "县纪委", "findings", List.of(Map.of("title", "资料不全", "ownerKind", "VILLAGE",
                            "owner", SHANGSHU_VILLAGE, "deadline", clock.instant().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()))))
                    .errors().verify();
            String risk = mutate(ANJI_SUPERVISOR, "addRiskPoint", "AddRiskPointInput", "riskPoint { id }",
                    Map.of("projectId", project, "description", "围标串标", "level", "HIGH")).path("addRiskPoint.riskPoint.id").entity(String.class).get();
            mutate(ANJI_SUPERVISOR, "addControlMeasure", "AddControlMeasureInput", "measure { id }",
                    Map.of("riskPointId", risk, "what", "招标全程纪委监督", "who", "乡纪委")).errors().verify();
        }
        return tag;
    }

    private long statementsFor(String tag) {
        SqlStatements.reset();
        as(ANJI_SUPERVISOR).document(EVERYTHING).variable("n", tag).execute()
                .path("projects.nodes[0].siteChecks[0].findings[0].number").hasValue()
                .path("projects.nodes[0].riskPoints[0].measures[0].status").entity(String.class).isEqualTo("PLANNED");
        return SqlStatements.count();
    }
}
