package org.xiangli.project;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One-click final accounts: assembled from what was recorded, gaps flagged, and as a workbook. */
class FinalAccountsTest extends ProjectApiTest {

    private static final String FINAL_ACCOUNTS = """
            query($id: ID!) {
              finalAccounts(projectId: $id) {
                project { name status }
                budgetTotal disbursedTotal paidTotal reportedSpending
                funding { source budget disbursed paid }
                fundMovements { kind amount payee { kind name } }
                progressReports { periodStart percentDone }
                evidence { fileName }
                gaps { kind message }
              }
            }""";

    @Test
    void completeRecordsLeaveOnlyTheRealGaps() throws Exception {
        String project = createProject("决算" + unique(), Map.of("COUNTY_FINANCE", "10000.00", "VILLAGE_COLLECTIVE", "500.00"), false);
        moveTo(project, "IN_PROGRESS");
        HalfMonth first = HalfMonth.containing(today());
        money(ANJI_ADMIN, project, "DISBURSEMENT", "COUNTY_FINANCE", "10000.00", "D-1").errors().verify();
        payPerson(project, "4000.00", "P-1");
        String report = report(project, first, 50, "4000.00");
        http.post().uri("/files/reports/" + report + "/evidence").header("Authorization", "Bearer " + tokenOf(SHANGSHU_OFFICIAL))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(
                        ProgressAndEvidenceTest.parts("现场.jpg", ProgressAndEvidenceTest.JPEG, MediaType.IMAGE_JPEG)))
                .exchange().expectStatus().isCreated();

        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today(), first.next().start())));
        money(SHANGSHU_OFFICIAL, project, "PAYMENT", "COUNTY_FINANCE", "6000.00", "P-2").errors().verify();
        report(project, first.next(), 100, "6000.00");
        moveTo(project, "COMPLETED");

        GraphQlTester.Response accounts = as(ANJI_SUPERVISOR).document(FINAL_ACCOUNTS).variable("id", project).execute();
        accounts.path("finalAccounts.budgetTotal").entity(String.class).isEqualTo("10500.00")
                .path("finalAccounts.disbursedTotal").entity(String.class).isEqualTo("10000.00")
                .path("finalAccounts.paidTotal").entity(String.class).isEqualTo("10000.00")
                .path("finalAccounts.reportedSpending").entity(String.class).isEqualTo("10000.00")
                .path("finalAccounts.progressReports[*].percentDone").entityList(Integer.class).containsExactly(50, 100)
                .path("finalAccounts.evidence[*].fileName").entityList(String.class).containsExactly("现场.jpg")
                .path("finalAccounts.fundMovements[1].payee.name").entity(String.class).isEqualTo("张三丰")
                .path("finalAccounts.gaps[*].kind").entityList(String.class)
                .satisfies(kinds -> assertThat(kinds).containsExactlyInAnyOrder("REPORT_WITHOUT_EVIDENCE", "UNDISBURSED_BUDGET"));

        byte[] xlsx = http.get().uri("/files/projects/" + project + "/final-accounts.xlsx")
                .header("Authorization", "Bearer " + tokenOf(ANJI_SUPERVISOR)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getRow(0).getCell(1).getStringCellValue()).startsWith("决算");
            assertThat(summary.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(10500.00);
            assertThat(summary.getRow(9).getCell(1).getNumericCellValue()).isEqualTo(10000.00);
            Sheet movements = workbook.getSheet("拨付支付 Movements");
            assertThat(movements.getLastRowNum()).isEqualTo(3);
            // the workbook leaves the audited API: a private person's name is masked there
            assertThat(movements.getRow(2).getCell(4).getStringCellValue()).isEqualTo("张**");
            assertThat(movements.getRow(1).getCell(4).getStringCellValue()).isEqualTo("安吉建工有限公司");
            assertThat(workbook.getSheet("缺项 Gaps").getLastRowNum()).isEqualTo(2);
        }
        http.get().uri("/files/projects/" + project + "/final-accounts.xlsx")
                .header("Authorization", "Bearer " + tokenOf(DEQING_ADMIN)).exchange().expectStatus().isNotFound();
    }

    @Test
    void missingReportsAndUnpaidMoneyAreFlagged() {
        String project = createProject("缺项" + unique(), Map.of("SPECIAL_BOND", "8000.00"), false);
        moveTo(project, "IN_PROGRESS");
        HalfMonth first = HalfMonth.containing(today());
        money(ANJI_ADMIN, project, "DISBURSEMENT", "SPECIAL_BOND", "8000.00", "D-1").errors().verify();
        money(ANJI_ADMIN, project, "PAYMENT", "SPECIAL_BOND", "3000.00", "P-1").errors().verify();
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today(), first.next().end()) + 1));

        GraphQlTester.Response accounts = as(ANJI_ADMIN).document(FINAL_ACCOUNTS).variable("id", project).execute();
        accounts.path("finalAccounts.gaps[*].kind").entityList(String.class).satisfies(kinds -> assertThat(kinds).containsExactlyInAnyOrder(
                "MISSING_DATES", "MISSING_REPORT", "MISSING_REPORT", "PROGRESS_INCOMPLETE", "UNPAID_DISBURSEMENT",
                "SPENDING_MISMATCH", "MISSING_BOND_STAGE", "MISSING_BOND_STAGE", "MISSING_BOND_STAGE"));
        accounts.path("finalAccounts.gaps[?(@.kind == 'MISSING_REPORT')].message").entityList(String.class)
                .containsExactly("no progress report for " + first.start() + " – " + first.end(),
                        "no progress report for " + first.next().start() + " – " + first.next().end());
        as(DEQING_ADMIN).document(FINAL_ACCOUNTS).variable("id", project).execute().path("finalAccounts").valueIsNull();
    }

    private void payPerson(String project, String amount, String voucher) {
        as(SHANGSHU_OFFICIAL).document("""
                        mutation($input: RecordFundMovementInput!) { recordFundMovement(input: $input) { movement { amount } } }""")
                .variable("input", Map.of("projectId", project, "kind", "PAYMENT", "source", "COUNTY_FINANCE", "amount", amount,
                        "movedOn", today().toString(), "payeeKind", "PERSON", "payee", "张三丰", "voucherNo", voucher))
                .execute().errors().verify();
    }

    private String report(String project, HalfMonth period, int percent, String spent) {
        return as(SHANGSHU_OFFICIAL).document("""
                        mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { report { id } } }""")
                .variable("input", Map.of("projectId", project, "periodStart", period.start().toString(), "percentDone", percent,
                        "moneySpent", spent, "narrative", "进度" + percent))
                .execute().path("submitProgressReport.report.id").entity(String.class).get();
    }

}
