package org.xiangli.project;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xiangli.support.ApiTest;
import org.xiangli.support.MovableClock;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the project and pool tests: the API with a clock the tests move, evidence files in a
 * throw-away directory, and helpers that create projects in 上墅村 (安吉县 › 上墅乡) through the API.
 */
@Import(MovableClock.Wiring.class)
public abstract class ProjectApiTest extends ApiTest {

    protected static final String ANJI = "330523";
    protected static final String SHANGSHU = "330523200";
    protected static final String SHANGSHU_VILLAGE = "330523200200";
    /** 渡口溪村 of 孝丰镇, another demo village of 安吉县, outside 上墅乡's scope. */
    protected static final String OTHER_VILLAGE = "330523100200";
    protected static final Path EVIDENCE_DIR = Path.of("target", "evidence-" + UUID.randomUUID());

    @Autowired
    protected MovableClock clock;

    @DynamicPropertySource
    static void evidence(DynamicPropertyRegistry registry) {
        registry.add("xiangli.files.directory", () -> EVIDENCE_DIR.toAbsolutePath().toString());
        registry.add("xiangli.files.max-size", () -> "2MB");
        // XIANGLI_MAX_UPLOAD of these tests: every multipart upload above it is refused with 413
        registry.add("spring.servlet.multipart.max-file-size", () -> "3MB");
        registry.add("spring.servlet.multipart.max-request-size", () -> "3MB");
    }

    protected HttpGraphQlTester client(String user) {
        return "anonymous".equals(user) ? graphQl : as(user);
    }

    /** The last year a test's pool round of 安吉县 may have taken (the demo round takes the current one). */
    private static int lastRoundYear = 0;

    /**
     * A year no pool round of 安吉县 has yet, with the clock moved to its 10 January: a round for it
     * and one for the year after may open today (a round's dates lie in its year or the year before),
     * and 安吉县 has one round a year.
     */
    protected int freshRoundYear() {
        synchronized (ProjectApiTest.class) {
            int year = Math.max(today().getYear(), lastRoundYear) + 1;
            java.time.Instant tenthOfJanuary = LocalDate.of(year, 1, 10).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
            clock.advance(java.time.Duration.between(clock.instant(), tenthOfJanuary));
            lastRoundYear = year + 1;
            return year;
        }
    }

    protected LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    /** A project in 上墅村 created by 安吉县's admin, with the given budget per source. */
    protected String createProject(String name, Map<String, String> budget, boolean published) {
        return createProject(ANJI_ADMIN, name, SHANGSHU_VILLAGE, budget, published);
    }

    protected String createProject(String user, String name, String owner, Map<String, String> budget, boolean published) {
        List<Map<String, Object>> funding = budget.entrySet().stream()
                .map(e -> Map.<String, Object>of("source", e.getKey(), "budget", e.getValue())).toList();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", name);
        input.put("category", "COMMON_PROSPERITY");
        input.put("owner", "上墅村股份经济合作社");
        input.put("ownerRegionCode", owner);
        input.put("funding", funding);
        input.put("published", published);
        return as(user).document("""
                        mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }""")
                .variable("input", input).execute()
                .path("createProject.project.id").entity(String.class).get();
    }

    protected int version(String projectId) {
        return as(PLATFORM_ADMIN).document("query($id: ID!) { project(id: $id) { version } }").variable("id", projectId)
                .execute().path("project.version").entity(Integer.class).get();
    }

    protected GraphQlTester.Response changeStatus(String user, String projectId, String to, String reason) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", projectId);
        input.put("version", version(projectId));
        input.put("to", to);
        if (reason != null) {
            input.put("reason", reason);
        }
        return as(user).document("""
                        mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { project { status version } } }""")
                .variable("input", input).execute();
    }

    protected void moveTo(String projectId, String... statuses) {
        for (String status : statuses) {
            changeStatus(ANJI_ADMIN, projectId, status, "测试").errors().verify();
        }
    }

    protected GraphQlTester.Response money(String user, String projectId, String kind, String source, String amount, String voucher) {
        return as(user).document("""
                        mutation($input: RecordFundMovementInput!) {
                          recordFundMovement(input: $input) { movement { amount } funding { source budget disbursed paid } }
                        }""")
                .variable("input", Map.of("projectId", projectId, "kind", kind, "source", source, "amount", amount,
                        "movedOn", today().toString(), "payeeKind", "ORGANISATION", "payee", "安吉建工有限公司", "voucherNo", voucher))
                .execute();
    }

    protected static void expectError(GraphQlTester.Response response, String classification, String field) {
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getExtensions()).containsEntry("classification", classification);
            if (field != null) {
                assertThat(errors.getFirst().getExtensions()).containsEntry("field", field);
            }
            assertThat(errors.getFirst().getMessage()).doesNotContain("Exception").doesNotContain("org.");
        });
    }
}
