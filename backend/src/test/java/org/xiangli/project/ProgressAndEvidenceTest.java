package org.xiangli.project;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Half-month reports, overdue detection and evidence files over the authenticated HTTP endpoint. */
class ProgressAndEvidenceTest extends ProjectApiTest {

    static final byte[] JPEG = jpeg(2048);

    @Test
    void aMissingReportIsOverdueTheDayAfterItsPeriod() {
        String name = "逾期" + unique();
        String project = createProject(name, Map.of("COUNTY_FINANCE", "1000.00"), false);
        moveTo(project, "IN_PROGRESS");
        HalfMonth current = HalfMonth.containing(today());
        assertThat(overdue(name)).isFalse();

        // the last day of the period: still in time
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today(), current.end())));
        assertThat(today()).isEqualTo(current.end());
        assertThat(overdue(name)).isFalse();

        clock.advance(Duration.ofDays(1));
        assertThat(overdue(name)).isTrue();
        as(ANJI_ADMIN).document("query($n: String) { projects(filter: {overdue: true, nameContains: $n}) { totalCount } }")
                .variable("n", name).execute().path("projects.totalCount").entity(Integer.class).isEqualTo(1);

        report(project, current.start(), 40, "0.00", null).path("submitProgressReport.report.periodEnd")
                .entity(String.class).isEqualTo(current.end().toString());
        assertThat(overdue(name)).isFalse();
        as(ANJI_ADMIN).document("query($n: String) { projects(filter: {overdue: false, nameContains: $n}) { totalCount } }")
                .variable("n", name).execute().path("projects.totalCount").entity(Integer.class).isEqualTo(1);

        // suspended projects owe no reports
        changeStatus(ANJI_ADMIN, project, "SUSPENDED", "停工").errors().verify();
        clock.advance(Duration.ofDays(20));
        assertThat(overdue(name)).isFalse();
    }

    @Test
    void reportsNameARealPeriodOnceAndCorrectionsNeedTheVersion() {
        String project = createProject("报告" + unique(), Map.of("COUNTY_FINANCE", "1000.00"), false);
        HalfMonth current = HalfMonth.containing(today());
        expectError(report(project, current.start(), 10, "0", null), "CONFLICT", "input.projectId"); // not started
        moveTo(project, "IN_PROGRESS");
        expectError(report(project, current.start().plusDays(1), 10, "0", null), "BAD_REQUEST", "input.periodStart");
        expectError(report(project, current.next().start(), 10, "0", null), "BAD_REQUEST", "input.periodStart");
        expectError(report(project, current.previous().start(), 10, "0", null), "BAD_REQUEST", "input.periodStart");
        expectError(report(project, current.start(), 101, "0", null), "BAD_REQUEST", "input.percentDone");
        report(project, current.start(), 10, "100.00", null).errors().verify();
        expectError(report(project, current.start(), 20, "100.00", null), "CONFLICT", "input.version");
        report(project, current.start(), 20, "150.00", 0).path("submitProgressReport.report.percentDone").entity(Integer.class).isEqualTo(20);
        expectError(report(ANJI_SUPERVISOR, project, current.start(), 30, "0", 1), "FORBIDDEN", null);
    }

    @Test
    void evidenceIsCheckedStoredAndServedOnlyWithinTheScope() throws Exception {
        String project = createProject("佐证" + unique(), Map.of("COUNTY_FINANCE", "1000.00"), false);
        moveTo(project, "IN_PROGRESS");
        String report = report(project, HalfMonth.containing(today()).start(), 10, "0", null)
                .path("submitProgressReport.report.id").entity(String.class).get();

        Map<?, ?> uploaded = upload(SHANGSHU_OFFICIAL, report, "../../工地照片.jpg", JPEG, MediaType.IMAGE_JPEG)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(uploaded.get("contentType")).isEqualTo("image/jpeg");
        assertThat(uploaded.get("fileName")).isEqualTo("工地照片.jpg");
        assertThat(uploaded.get("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JPEG)));
        String url = (String) uploaded.get("url");

        // the type is read from the content, not from what the client claims
        upload(SHANGSHU_OFFICIAL, report, "invoice.pdf", "just text, not a PDF".getBytes(), MediaType.APPLICATION_PDF)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("file");
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        upload(SHANGSHU_OFFICIAL, report, "claims-to-be.jpg", png, MediaType.IMAGE_JPEG)
                .expectStatus().isCreated().expectBody().jsonPath("$.contentType").isEqualTo("image/png");
        // above xiangli.files.max-size (2MB) but within the multipart limit (3MB): the evidence store refuses it, not Spring
        upload(SHANGSHU_OFFICIAL, report, "huge.jpg", jpeg(2 * 1024 * 1024 + 512 * 1024), MediaType.IMAGE_JPEG)
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.field").isEqualTo("file")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("limit of 2097152 bytes"));
        // roles and scope
        upload(ANJI_SUPERVISOR, report, "a.jpg", JPEG, MediaType.IMAGE_JPEG).expectStatus().isForbidden();
        upload(DEQING_ADMIN, report, "a.jpg", JPEG, MediaType.IMAGE_JPEG).expectStatus().isNotFound();
        http.post().uri("/files/reports/" + report + "/evidence").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts("a.jpg", JPEG, MediaType.IMAGE_JPEG))).exchange()
                .expectStatus().isUnauthorized();

        byte[] served = http.get().uri(url).header("Authorization", "Bearer " + tokenOf(SHANGSHU_ADMIN)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_JPEG)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(served).isEqualTo(JPEG);
        http.get().uri(url).header("Authorization", "Bearer " + tokenOf(DEQING_ADMIN)).exchange().expectStatus().isNotFound();
        // the project is not published: the public has nothing here
        http.get().uri(url).exchange().expectStatus().isNotFound();

        as(ANJI_SUPERVISOR).document("query($id: ID!) { project(id: $id) { progressReports { evidence { fileName contentType url } } } }")
                .variable("id", project).execute()
                .path("project.progressReports[0].evidence[*].contentType").entityList(String.class).containsExactly("image/jpeg", "image/png");
    }

    @Test
    void thePublicDownloadsTheEvidenceItsFinalAccountsList() {
        String project = createProject("公开佐证" + unique(), Map.of("COUNTY_FINANCE", "1000.00"), true);
        moveTo(project, "IN_PROGRESS");
        String report = report(project, HalfMonth.containing(today()).start(), 10, "0", null)
                .path("submitProgressReport.report.id").entity(String.class).get();
        upload(SHANGSHU_OFFICIAL, report, "工地.jpg", JPEG, MediaType.IMAGE_JPEG).expectStatus().isCreated();
        // 村务公开: what the public view of a published project lists, the public can open
        String url = graphQl.document("query($id: ID!) { finalAccounts(projectId: $id) { evidence { url } } }").variable("id", project)
                .execute().path("finalAccounts.evidence[0].url").entity(String.class).get();
        byte[] served = http.get().uri(url).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(served).isEqualTo(JPEG);
    }

    private boolean overdue(String name) {
        return as(ANJI_ADMIN).document("query($n: String) { projects(filter: {nameContains: $n}) { nodes { overdue } } }")
                .variable("n", name).execute().path("projects.nodes[0].overdue").entity(Boolean.class).get();
    }

    GraphQlTester.Response report(String project, LocalDate periodStart, int percent, String spent, Integer version) {
        return report(SHANGSHU_OFFICIAL, project, periodStart, percent, spent, version);
    }

    GraphQlTester.Response report(String user, String project, LocalDate periodStart, int percent, String spent, Integer version) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("projectId", project, "periodStart", periodStart.toString(),
                "percentDone", percent, "moneySpent", spent, "narrative", "本期完成路基施工"));
        if (version != null) {
            input.put("version", version);
        }
        return as(user).document("""
                        mutation($input: SubmitProgressReportInput!) {
                          submitProgressReport(input: $input) { report { id periodStart periodEnd percentDone version } }
                        }""")
                .variable("input", input).execute();
    }

    WebTestClient.ResponseSpec upload(String user, String report, String fileName, byte[] content, MediaType type) {
        return http.post().uri("/files/reports/" + report + "/evidence")
                .header("Authorization", "Bearer " + tokenOf(user))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts(fileName, content, type)))
                .exchange();
    }

    static MultiValueMap<String, HttpEntity<?>> parts(String fileName, byte[] content, MediaType type) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }).contentType(type);
        return parts.build();
    }

    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        for (int i = 4; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
