package org.xiangli.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** approved → in progress → completed → settled, suspended and cancelled: every move, allowed or refused. */
class ProjectLifecycleTest extends ProjectApiTest {

    private static final Map<String, List<String>> PATH_TO = Map.of(
            "APPROVED", List.of(),
            "IN_PROGRESS", List.of("IN_PROGRESS"),
            "SUSPENDED", List.of("IN_PROGRESS", "SUSPENDED"),
            "COMPLETED", List.of("IN_PROGRESS", "COMPLETED"),
            "SETTLED", List.of("IN_PROGRESS", "COMPLETED", "SETTLED"),
            "CANCELLED", List.of("CANCELLED"));

    private static final Map<String, List<String>> ALLOWED = Map.of(
            "APPROVED", List.of("IN_PROGRESS", "CANCELLED"),
            "IN_PROGRESS", List.of("COMPLETED", "SUSPENDED", "CANCELLED"),
            "SUSPENDED", List.of("IN_PROGRESS", "CANCELLED"),
            "COMPLETED", List.of("SETTLED"),
            "SETTLED", List.of(),
            "CANCELLED", List.of());

    static Stream<Arguments> everyMove() {
        List<Arguments> moves = new ArrayList<>();
        for (String from : PATH_TO.keySet()) {
            for (String to : PATH_TO.keySet()) {
                moves.add(Arguments.of(from, to, ALLOWED.get(from).contains(to)));
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: allowed {2}")
    @MethodSource("everyMove")
    void everyMoveIsCheckedAgainstTheLifecycle(String from, String to, boolean allowed) {
        String project = createProject("生命周期" + unique(), Map.of("COUNTY_FINANCE", "1000.00"), false);
        moveTo(project, PATH_TO.get(from).toArray(String[]::new));
        GraphQlTester.Response response = changeStatus(ANJI_ADMIN, project, to, "原因");
        if (allowed) {
            response.path("changeProjectStatus.project.status").entity(String.class).isEqualTo(to);
        } else if ("SETTLED".equals(from)) {
            expectError(response, "CONFLICT", "input.id"); // settled: read-only altogether
        } else {
            expectError(response, "CONFLICT", "input.to");
            response.errors().satisfy(errors -> assertThat(errors.getFirst().getMessage())
                    .contains("cannot become " + to).contains("allowed next"));
        }
    }

    @Test
    void eachTransitionIsTimestampedWithItsActorAndDates() {
        String project = createProject("时间线" + unique(), Map.of("COUNTY_FINANCE", "1000.00"), false);
        changeStatus(SHANGSHU_ADMIN, project, "IN_PROGRESS", null).errors().verify();
        changeStatus(SHANGSHU_ADMIN, project, "SUSPENDED", "汛期停工").errors().verify();
        changeStatus(ANJI_ADMIN, project, "IN_PROGRESS", null).errors().verify();
        as(ANJI_SUPERVISOR).document("""
                        query($id: ID!) { project(id: $id) { status actualStart statusReason
                          transitions { from to reason actor occurredAt } } }""")
                .variable("id", project).execute()
                .path("project.actualStart").entity(String.class).isEqualTo(today().toString())
                .path("project.transitions[*].to").entityList(String.class).containsExactly("APPROVED", "IN_PROGRESS", "SUSPENDED", "IN_PROGRESS")
                .path("project.transitions[*].actor").entityList(String.class).containsExactly(ANJI_ADMIN, SHANGSHU_ADMIN, SHANGSHU_ADMIN, ANJI_ADMIN)
                .path("project.transitions[2].reason").entity(String.class).isEqualTo("汛期停工")
                .path("project.transitions[3].occurredAt").hasValue();
    }

    @Test
    void suspendingAndCancellingNeedAReason() {
        String project = createProject("无因" + unique(), Map.of("COUNTY_FINANCE", "1000.00"), false);
        moveTo(project, "IN_PROGRESS");
        expectError(changeStatus(ANJI_ADMIN, project, "SUSPENDED", null), "BAD_REQUEST", "input.reason");
        expectError(changeStatus(ANJI_ADMIN, project, "CANCELLED", "  "), "BAD_REQUEST", "input.reason");
    }

    @Test
    void onlyTheCountySettles() {
        String project = createProject("结算权" + unique(), Map.of("COUNTY_FINANCE", "1000.00"), false);
        moveTo(project, "IN_PROGRESS", "COMPLETED");
        expectError(changeStatus(SHANGSHU_ADMIN, project, "SETTLED", null), "FORBIDDEN", null);
        expectError(changeStatus(SHANGSHU_OFFICIAL, project, "SETTLED", null), "FORBIDDEN", null);
        changeStatus(ANJI_ADMIN, project, "SETTLED", null).path("changeProjectStatus.project.status").entity(String.class).isEqualTo("SETTLED");
    }

    @Test
    void settledProjectsAreReadOnly() {
        String project = createProject("已决算" + unique(), Map.of("COUNTY_FINANCE", "1000.00"), false);
        moveTo(project, "IN_PROGRESS", "COMPLETED", "SETTLED");
        expectError(money(ANJI_ADMIN, project, "DISBURSEMENT", "COUNTY_FINANCE", "1.00", "V-" + unique()), "CONFLICT", "input.projectId");
        expectError(as(ANJI_ADMIN).document("""
                        mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { name } } }""")
                .variable("input", Map.of("id", project, "version", version(project), "name", "改名")).execute(), "CONFLICT", "input.id");
        expectError(as(ANJI_ADMIN).document("""
                        mutation($input: ReviseProjectBudgetInput!) { reviseProjectBudget(input: $input) { project { id } } }""")
                .variable("input", Map.of("id", project, "version", version(project),
                        "funding", List.of(Map.of("source", "COUNTY_FINANCE", "budget", "2000.00")))).execute(), "CONFLICT", "input.id");
        expectError(report(project, today().withDayOfMonth(today().getDayOfMonth() <= 15 ? 1 : 16).toString(), 100, "0"),
                "CONFLICT", "input.projectId");
    }

    @Test
    void aStaleVersionIsRefused() {
        String project = createProject("旧版本" + unique(), Map.of("COUNTY_FINANCE", "1000.00"), false);
        int stale = version(project);
        moveTo(project, "IN_PROGRESS");
        expectError(as(ANJI_ADMIN).document("""
                        mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { project { status } } }""")
                .variable("input", Map.of("id", project, "version", stale, "to", "COMPLETED")).execute(), "CONFLICT", "input.version");
    }

    GraphQlTester.Response report(String project, String periodStart, int percent, String spent) {
        return as(SHANGSHU_OFFICIAL).document("""
                        mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { report { id } } }""")
                .variable("input", Map.of("projectId", project, "periodStart", periodStart, "percentDone", percent,
                        "moneySpent", spent, "narrative", "进展顺利")).execute();
    }
}
