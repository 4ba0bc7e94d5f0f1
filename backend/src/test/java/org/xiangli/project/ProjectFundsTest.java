package org.xiangli.project;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Money: payments ≤ disbursements ≤ budget per source, also when requests race. */
class ProjectFundsTest extends ProjectApiTest {

    @Autowired
    private JdbcClient jdbc;

    /**
     * The totals a movement moves are written in SQL (conditional updates, so racing payments stay
     * within the budget) and are not audited themselves; the person's action that moves them is,
     * with who, the request and the amount, as docs/personal-data.md says.
     */
    @Test
    void aMovementIsInTheAuditTrailThoughTheTotalsItMovesAreWrittenInSql() {
        String project = createProject("审计资金" + unique(), Map.of("COUNTY_FINANCE", "100000.00"), false);
        moveTo(project, "IN_PROGRESS");
        String requestId = "audit-money-" + unique();
        as(ANJI_ADMIN).mutate().header("X-Request-Id", requestId).build().document("""
                        mutation($input: RecordFundMovementInput!) { recordFundMovement(input: $input) { funding { disbursed } } }""")
                .variable("input", Map.of("projectId", project, "kind", "DISBURSEMENT", "source", "COUNTY_FINANCE", "amount", "12345.67",
                        "movedOn", today().toString(), "payeeKind", "ORGANISATION", "payee", "安吉建工有限公司", "voucherNo", "A-1"))
                .execute().path("recordFundMovement.funding.disbursed").entity(String.class).isEqualTo("12345.67");
        List<Map<String, Object>> entries = jdbc.sql("SELECT action, entity_type, actor, detail FROM audit_log WHERE request_id = ?")
                .param(requestId).query().listOfRows();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("action", "CREATE").containsEntry("entity_type", "FundMovement").containsEntry("actor", ANJI_ADMIN);
            assertThat(entry.get("detail").toString()).contains("12345.67").contains("DISBURSEMENT");
        });
    }

    @Test
    void disbursementsStayWithinTheBudgetAndPaymentsWithinDisbursements() {
        String project = createProject("资金" + unique(), Map.of("COUNTY_FINANCE", "100000.00", "VILLAGE_COLLECTIVE", "20000.00"), false);
        moveTo(project, "IN_PROGRESS");
        expectError(money(ANJI_ADMIN, project, "PAYMENT", "COUNTY_FINANCE", "0.01", "P-0"), "CONFLICT", "input.amount");
        money(ANJI_ADMIN, project, "DISBURSEMENT", "COUNTY_FINANCE", "60000.00", "D-1")
                .path("recordFundMovement.funding.disbursed").entity(String.class).isEqualTo("60000.00");
        expectError(money(ANJI_ADMIN, project, "DISBURSEMENT", "COUNTY_FINANCE", "40000.01", "D-2"), "CONFLICT", "input.amount");
        money(ANJI_ADMIN, project, "DISBURSEMENT", "COUNTY_FINANCE", "40000.00", "D-2").errors().verify();
        money(SHANGSHU_OFFICIAL, project, "PAYMENT", "COUNTY_FINANCE", "99999.99", "P-1")
                .path("recordFundMovement.funding.paid").entity(String.class).isEqualTo("99999.99");
        expectError(money(SHANGSHU_OFFICIAL, project, "PAYMENT", "COUNTY_FINANCE", "0.02", "P-2"), "CONFLICT", "input.amount");
        // per source: the village collective's money has not been disbursed
        expectError(money(SHANGSHU_OFFICIAL, project, "PAYMENT", "VILLAGE_COLLECTIVE", "1.00", "P-3"), "CONFLICT", "input.amount");
        expectError(money(ANJI_ADMIN, project, "DISBURSEMENT", "SOCIAL_CAPITAL", "1.00", "D-3"), "BAD_REQUEST", "input.source");
        expectError(money(ANJI_ADMIN, project, "DISBURSEMENT", "VILLAGE_COLLECTIVE", "1.00", "D-1"), "CONFLICT", "input.voucherNo");
        // supervisors read fund flows, they do not move money
        expectError(money(ANJI_SUPERVISOR, project, "PAYMENT", "COUNTY_FINANCE", "0.01", "P-4"), "FORBIDDEN", null);

        as(ANJI_SUPERVISOR).document("""
                        query($id: ID!) { project(id: $id) { budgetTotal disbursedTotal paidTotal
                          funding { source budget disbursed paid } fundMovements { kind amount voucherNo payee { kind name } } } }""")
                .variable("id", project).execute()
                .path("project.budgetTotal").entity(String.class).isEqualTo("120000.00")
                .path("project.disbursedTotal").entity(String.class).isEqualTo("100000.00")
                .path("project.paidTotal").entity(String.class).isEqualTo("99999.99")
                .path("project.fundMovements[*].voucherNo").entityList(String.class).containsExactly("D-1", "D-2", "P-1")
                .path("project.fundMovements[0].payee.name").entity(String.class).isEqualTo("安吉建工有限公司");
    }

    @Test
    void racingPaymentsNeverPayMoreThanWasDisbursed() throws Exception {
        String project = createProject("并发" + unique(), Map.of("COUNTY_FINANCE", "100000.00"), false);
        moveTo(project, "IN_PROGRESS");
        money(ANJI_ADMIN, project, "DISBURSEMENT", "COUNTY_FINANCE", "1000.00", "D-1").errors().verify();
        tokenOf(SHANGSHU_OFFICIAL);
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                String voucher = "P-race-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    // each alone would fit: 300 of the 1000 disbursed
                    GraphQlTester.Response response = money(SHANGSHU_OFFICIAL, project, "PAYMENT", "COUNTY_FINANCE", "300.00", voucher);
                    List<Object> errors = new ArrayList<>();
                    response.errors().satisfy(errors::addAll);
                    return errors.isEmpty();
                }));
            }
            start.countDown();
            long succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        as(ANJI_ADMIN).document("query($id: ID!) { project(id: $id) { paidTotal funding { paid } fundMovements { kind } } }")
                .variable("id", project).execute()
                .path("project.paidTotal").entity(String.class).isEqualTo("900.00")
                .path("project.funding[0].paid").entity(String.class).isEqualTo("900.00")
                .path("project.fundMovements").entityList(Object.class).hasSize(4);
    }

    @Test
    void aBudgetCannotFallBelowWhatWasDisbursed() {
        String project = createProject("预算调整" + unique(), Map.of("COUNTY_FINANCE", "1000.00"), false);
        money(ANJI_ADMIN, project, "DISBURSEMENT", "COUNTY_FINANCE", "800.00", "D-1").errors().verify();
        GraphQlTester.Response refused = as(ANJI_ADMIN).document("""
                        mutation($input: ReviseProjectBudgetInput!) { reviseProjectBudget(input: $input) { project { budgetTotal } } }""")
                .variable("input", Map.of("id", project, "version", version(project),
                        "funding", List.of(Map.of("source", "COUNTY_FINANCE", "budget", "799.99")))).execute();
        expectError(refused, "CONFLICT", "input.funding");
        as(ANJI_ADMIN).document("""
                        mutation($input: ReviseProjectBudgetInput!) { reviseProjectBudget(input: $input) { project { budgetTotal funding { source budget } } } }""")
                .variable("input", Map.of("id", project, "version", version(project), "funding", List.of(
                        Map.of("source", "COUNTY_FINANCE", "budget", "900.00"), Map.of("source", "SPECIAL_BOND", "budget", "5000.00"))))
                .execute()
                .path("reviseProjectBudget.project.budgetTotal").entity(String.class).isEqualTo("5900.00");
    }

    @Test
    void specialBondStagesAreRecordedInOrder() {
        String plain = createProject("无专项债" + unique(), Map.of("COUNTY_FINANCE", "1000.00"), false);
        expectError(bondStage(plain, "BORROW"), "BAD_REQUEST", "input.projectId");
        String project = createProject("专项债" + unique(), Map.of("SPECIAL_BOND", "50000000.00"), false);
        expectError(bondStage(project, "BUILD"), "CONFLICT", "input.stage");
        bondStage(project, "BORROW").errors().verify();
        bondStage(project, "BUILD").errors().verify();
        expectError(bondStage(project, "REPAY"), "CONFLICT", "input.stage");
        bondStage(project, "USE").errors().verify();
        bondStage(project, "REPAY").errors().verify();
        bondStage(project, "REPAY").errors().verify(); // repaid in instalments
        as(ANJI_SUPERVISOR).document("query($id: ID!) { project(id: $id) { bondStages { stage recordedBy } } }").variable("id", project)
                .execute().path("project.bondStages[*].stage").entityList(String.class)
                .containsExactly("BORROW", "BUILD", "USE", "REPAY", "REPAY");
    }

    GraphQlTester.Response bondStage(String project, String stage) {
        return as(ANJI_ADMIN).document("""
                        mutation($input: RecordBondStageInput!) { recordBondStage(input: $input) { stage { stage } } }""")
                .variable("input", Map.of("projectId", project, "stage", stage, "happenedOn", today().toString(), "amount", "1000.00"))
                .execute();
    }
}
