package org.xiangli.project;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.util.List;
import java.util.Map;

/**
 * Role × operation for the project and pool mutations, with tokens from the real Keycloak: allowed,
 * FORBIDDEN by role, NOT_FOUND outside the scope, UNAUTHORIZED without a token.
 */
class ProjectAccessMatrixTest extends ProjectApiTest {

    @ParameterizedTest(name = "{0} creates a project in 上墅村: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "shangshu.official, FORBIDDEN", "anji.supervisor, FORBIDDEN",
            "demo-integrator, FORBIDDEN", "linping.operator, FORBIDDEN", "deqing.admin, NOT_FOUND",
            "shangshu.admin, ALLOWED", "anji.admin, ALLOWED", "platform.admin, ALLOWED"})
    void createProject(String user, String outcome) {
        GraphQlTester.Response response = client(user).document("""
                        mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }""")
                .variable("input", Map.of("name", "矩阵项目" + unique(), "category", "DIGITAL", "owner", "上墅村",
                        "ownerRegionCode", SHANGSHU_VILLAGE, "funding", List.of(Map.of("source", "COUNTY_FINANCE", "budget", "10.00"))))
                .execute();
        expect(response, outcome, "createProject");
    }

    @ParameterizedTest(name = "{0} records a {1}: {2}")
    @CsvSource({"anonymous, PAYMENT, UNAUTHORIZED", "anji.supervisor, PAYMENT, FORBIDDEN", "demo-integrator, PAYMENT, FORBIDDEN",
            "linping.operator, PAYMENT, FORBIDDEN", "deqing.admin, PAYMENT, NOT_FOUND", "shangshu.official, PAYMENT, ALLOWED",
            "shangshu.admin, PAYMENT, ALLOWED", "shangshu.official, DISBURSEMENT, FORBIDDEN", "shangshu.admin, DISBURSEMENT, ALLOWED",
            "anji.admin, DISBURSEMENT, ALLOWED"})
    void recordFundMovement(String user, String kind, String outcome) {
        String project = createProject("矩阵资金" + unique(), Map.of("COUNTY_FINANCE", "100.00"), false);
        money(ANJI_ADMIN, project, "DISBURSEMENT", "COUNTY_FINANCE", "50.00", "D-0").errors().verify();
        GraphQlTester.Response response = client(user).document("""
                        mutation($input: RecordFundMovementInput!) { recordFundMovement(input: $input) { movement { amount } } }""")
                .variable("input", Map.of("projectId", project, "kind", kind, "source", "COUNTY_FINANCE", "amount", "1.00",
                        "movedOn", today().toString(), "payeeKind", "ORGANISATION", "payee", "施工方", "voucherNo", "V-" + unique()))
                .execute();
        expect(response, outcome, "recordFundMovement");
    }

    @ParameterizedTest(name = "{0} reports progress of a 上墅村 project: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "anji.supervisor, FORBIDDEN", "demo-integrator, FORBIDDEN",
            "linping.operator, FORBIDDEN", "deqing.admin, NOT_FOUND", "shangshu.official, ALLOWED", "shangshu.admin, ALLOWED"})
    void submitProgressReport(String user, String outcome) {
        String project = createProject("矩阵进度" + unique(), Map.of("COUNTY_FINANCE", "100.00"), false);
        moveTo(project, "IN_PROGRESS");
        GraphQlTester.Response response = client(user).document("""
                        mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { report { id } } }""")
                .variable("input", Map.of("projectId", project, "periodStart", HalfMonth.containing(today()).start().toString(),
                        "percentDone", 5, "moneySpent", "0", "narrative", "开工"))
                .execute();
        expect(response, outcome, "submitProgressReport");
    }

    @ParameterizedTest(name = "{0} changes the status of a 上墅村 project: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "shangshu.official, FORBIDDEN", "anji.supervisor, FORBIDDEN",
            "demo-integrator, FORBIDDEN", "deqing.admin, NOT_FOUND", "shangshu.admin, ALLOWED", "anji.admin, ALLOWED"})
    void changeProjectStatus(String user, String outcome) {
        String project = createProject("矩阵状态" + unique(), Map.of("COUNTY_FINANCE", "100.00"), false);
        GraphQlTester.Response response = client(user).document("""
                        mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { project { status } } }""")
                .variable("input", Map.of("id", project, "version", version(project), "to", "IN_PROGRESS"))
                .execute();
        expect(response, outcome, "changeProjectStatus");
    }

    @ParameterizedTest(name = "{0} opens a round for 安吉县: {1}")
    @CsvSource({"anonymous, UNAUTHORIZED", "shangshu.admin, FORBIDDEN", "shangshu.official, FORBIDDEN",
            "anji.supervisor, FORBIDDEN", "demo-integrator, FORBIDDEN", "deqing.admin, NOT_FOUND", "anji.admin, ALLOWED"})
    void openPoolRound(String user, String outcome) {
        int year = freshRoundYear();
        GraphQlTester.Response response = client(user).document("""
                        mutation($input: OpenPoolRoundInput!) { openPoolRound(input: $input) { round { id } } }""")
                .variable("input", Map.of("countyCode", ANJI, "year", year, "name", "矩阵轮次",
                        "opensOn", today().toString(), "closesOn", today().plusDays(10).toString(), "budget", "100.00"))
                .execute();
        expect(response, outcome, "openPoolRound");
    }

    @ParameterizedTest(name = "{0} reads a 上墅村 project''s fund flows: {1}")
    @CsvSource({"anonymous, false", "platform.admin, true", "anji.admin, true", "anji.supervisor, true", "demo-integrator, true",
            "shangshu.admin, true", "shangshu.official, true", "deqing.admin, false", "linping.operator, false"})
    void readingIsLimitedToTheScope(String user, boolean visible) {
        String project = createProject("矩阵读取" + unique(), Map.of("COUNTY_FINANCE", "100.00"), false);
        GraphQlTester.Response response = client(user).document("""
                        query($id: ID!) { project(id: $id) { funding { budget } } finalAccounts(projectId: $id) { budgetTotal } }""")
                .variable("id", project).execute();
        if (visible) {
            response.path("project.funding[0].budget").entity(String.class).isEqualTo("100.00")
                    .path("finalAccounts.budgetTotal").entity(String.class).isEqualTo("100.00");
        } else {
            response.path("project").valueIsNull().path("finalAccounts").valueIsNull();
        }
    }

    private static void expect(GraphQlTester.Response response, String outcome, String field) {
        if ("ALLOWED".equals(outcome)) {
            response.errors().verify().path(field).hasValue();
            return;
        }
        expectError(response, outcome, null);
    }
}
