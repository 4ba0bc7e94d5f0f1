package org.xiangli.talent;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.xiangli.support.ApiTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Excel in and out with real .xlsx files over HTTP: template, validate-only, upsert, errors, modes, export masking. */
class TalentExcelTest extends ApiTest {

    private static final String VILLAGE = TalentRegistryTest.SHANGSHU_VILLAGE;

    @Test
    void theTemplateHasTheImportHeader() throws IOException {
        byte[] body = http.get().uri("/files/talents/import-template.xlsx").header("Authorization", "Bearer " + tokenOf(ANJI_ADMIN))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("姓名 name*");
            assertThat(header.getLastCellNum()).isEqualTo((short) TalentWorkbook.Column.values().length);
        }
    }

    @Test
    void fileEndpointsNeedAToken() {
        http.get().uri("/files/talents/import-template.xlsx").exchange().expectStatus().isUnauthorized();
        http.get().uri("/files/talents/export.xlsx").header("Authorization", "Bearer " + tokenOf(LINPING_OPERATOR))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void validateOnlySavesNothingAndUpsertUpdatesByNaturalKey() throws IOException {
        String a = "导入甲" + unique();
        String b = "导入乙" + unique();
        byte[] file = workbook(List.of(row(a, "1970", VILLAGE, "安吉甲公司", "13800001111"), row(b, "1985", VILLAGE, "安吉乙公司", "")));

        Map<String, Object> checked = finished(upload(ANJI_ADMIN, file, true, "ALL_OR_NOTHING"));
        assertThat(checked).containsEntry("status", "SUCCEEDED").containsEntry("totalRows", 2).containsEntry("createdRows", 0);
        assertThat(names(a)).isEmpty();

        Map<String, Object> imported = finished(upload(ANJI_ADMIN, file, false, "ALL_OR_NOTHING"));
        assertThat(imported).containsEntry("status", "SUCCEEDED").containsEntry("createdRows", 2).containsEntry("updatedRows", 0)
                .containsEntry("processedRows", 2);
        assertThat(names(a)).containsExactly(a);

        byte[] changed = workbook(List.of(row(a, "1970", VILLAGE, "安吉甲新公司", "13800001111"), row(b, "1985", VILLAGE, "安吉乙公司", "")));
        Map<String, Object> upserted = finished(upload(ANJI_ADMIN, changed, false, "ALL_OR_NOTHING"));
        assertThat(upserted).containsEntry("createdRows", 0).containsEntry("updatedRows", 2);
        as(ANJI_ADMIN).document("query($f: TalentFilter) { talents(filter: $f, first: 100) { nodes { name organisation } } }")
                .variable("f", Map.of("within", VILLAGE)).execute()
                .path("talents.nodes[?(@.name == '" + a + "')].organisation").entityList(String.class).containsExactly("安吉甲新公司");
    }

    @Test
    void rowErrorsNameRowAndColumnAndAllOrNothingSavesNone() throws IOException {
        String good = "好行" + unique();
        String dup = "重复" + unique();
        byte[] file = workbook(List.of(
                row(good, "1970", VILLAGE, "", ""),
                row("", "1970", VILLAGE, "", ""),
                row("坏电话" + unique(), "1970", VILLAGE, "", "12345"),
                row("外县" + unique(), "1970", "330521100200", "", ""),
                row(dup, "1980", VILLAGE, "", ""),
                row(dup, "1980", VILLAGE, "", "")));
        Map<String, Object> result = finished(upload(ANJI_ADMIN, file, false, "ALL_OR_NOTHING"));
        assertThat(result).containsEntry("status", "COMPLETED_WITH_ERRORS").containsEntry("createdRows", 0).containsEntry("errorCount", 4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) result.get("errors");
        assertThat(errors).extracting(e -> e.get("row") + "|" + e.get("column")).containsExactly(
                "3|姓名 name*", "4|电话 phone", "5|籍贯区划代码 hometown code*", "7|null");
        assertThat(errors.get(2).get("message").toString()).contains("330521100200");
        assertThat(names(good)).isEmpty();

        Map<String, Object> partial = finished(upload(ANJI_ADMIN, file, false, "VALID_ROWS"));
        assertThat(partial).containsEntry("status", "COMPLETED_WITH_ERRORS").containsEntry("createdRows", 2);
        assertThat(names(good)).containsExactly(good);
    }

    @Test
    void aFileThatIsNotTheTemplateFailsAsAWhole() {
        Map<String, Object> result = finished(upload(ANJI_ADMIN, "not a workbook".getBytes(), false, "ALL_OR_NOTHING"));
        assertThat(result).containsEntry("status", "FAILED");
        assertThat(result.get("failure").toString()).contains(".xlsx");
    }

    @Test
    void exportsMaskPersonalFieldsPerRoleAndAuditUnmaskedOnes() throws IOException {
        String name = "导出乡贤" + unique();
        Map<String, Object> input = TalentRegistryTest.talent(name, VILLAGE);
        input.put("phone", "13900001234");
        String id = TalentRegistryTest.register(as(ANJI_ADMIN), input);

        assertThat(exportedRow(ANJI_ADMIN, name, name)).containsEntry(0, name).containsEntry(9, "13900001234");
        String masked = name.charAt(0) + "*".repeat(name.length() - 1);
        assertThat(exportedRow(INTEGRATOR, masked, name)).containsEntry(0, masked).containsEntry(9, "139****1234");

        as(ANJI_SUPERVISOR).document("query($id: ID) { auditLog(filter: {entityId: $id, actions: [READ_PERSONAL]}) { nodes { actor detail } } }")
                .variable("id", id).execute()
                .path("auditLog.nodes[*].actor").entityList(String.class).contains(ANJI_ADMIN).doesNotContain(INTEGRATOR);
    }

    private Map<Integer, String> exportedRow(String user, String shownName, String query) throws IOException {
        byte[] body = http.get().uri(b -> b.path("/files/talents/export.xlsx").queryParam("within", VILLAGE).build())
                .header("Authorization", "Bearer " + tokenOf(user))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && shownName.equals(row.getCell(0).getStringCellValue())
                        && row.getCell(9) != null && row.getCell(9).getStringCellValue().endsWith("1234")) {
                    Map<Integer, String> cells = new java.util.HashMap<>();
                    row.forEach(cell -> cells.put(cell.getColumnIndex(), cell.getStringCellValue()));
                    return cells;
                }
            }
        }
        throw new AssertionError(user + "'s export has no row for " + query);
    }

    private List<String> names(String name) {
        return as(PLATFORM_ADMIN).document("query($f: TalentFilter) { talents(filter: $f, first: 100) { nodes { name } } }")
                .variable("f", Map.of("within", VILLAGE)).execute()
                .path("talents.nodes[*].name").entityList(String.class).get().stream().filter(name::equals).toList();
    }

    @Test
    void anImportIsShownToItsOwnerOnlyAsTheSchemaSays() throws Exception {
        String id = upload(ANJI_ADMIN, workbook(List.of(row("仅本人" + unique(), "1970", TalentRegistryTest.SHANGSHU_VILLAGE, "公司", ""))),
                true, "ALL_OR_NOTHING");
        finished(id);
        for (String other : List.of(PLATFORM_ADMIN, SHANGSHU_ADMIN)) {
            as(other).document("query($id: ID!) { talentImport(id: $id) { status } }").variable("id", id).execute()
                    .path("talentImport").valueIsNull();
        }
    }

    private String upload(String user, byte[] file, boolean validateOnly, String mode) {
        return upload(http, tokenOf(user), file, validateOnly, mode);
    }

    /** Starts an import and returns its id. */
    static String upload(WebTestClient http, String token, byte[] file, boolean validateOnly, String mode) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "talents.xlsx";
            }
        }).contentType(TalentFiles.XLSX);
        Map<String, Object> response = http.post()
                .uri(b -> b.path("/files/talents/import").queryParam("validateOnly", validateOnly).queryParam("mode", mode).build())
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange().expectStatus().isAccepted()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        return response.get("id").toString();
    }

    /** The import's report once it has finished, at most 60 s after the upload. */
    private Map<String, Object> finished(String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> report(id), job -> !"RUNNING".equals(job.get("status")));
    }

    private Map<String, Object> report(String id) {
        return as(ANJI_ADMIN).document("""
                        query($id: ID!) { talentImport(id: $id) { status totalRows processedRows createdRows updatedRows
                          errorCount errors { row column message } failure } }""")
                .variable("id", id).execute()
                .path("talentImport").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
    }

    static List<String> row(String name, String birthYear, String hometown, String organisation, String phone) {
        return List.of(name, "女", birthYear, hometown, "返乡", "企业家", "白茶", organisation, "", phone, "", "", "2025-03-01",
                "登记,联系", "测试", "");
    }

    static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            List<String> header = TalentWorkbook.headers();
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            List<List<String>> all = new ArrayList<>(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < all.get(r).size(); c++) {
                    if (!all.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(all.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
