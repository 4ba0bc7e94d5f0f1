package org.xiangli.project;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every version-guarded mutation of regions, projects, the pool and talents moves the version it
 * was sent: the same version sent twice is a CONFLICT naming {@code input.version} the second
 * time, whatever the mutation changed (the record itself, rows hanging off it, or nothing). The
 * elder-care mutations have their own fixture: {@code eldercare.StaleVersionTest}. Anonymising a
 * record is left out on purpose: asked again, it answers the anonymised record unchanged.
 */
class StaleVersionTest extends ProjectApiTest {

    /** A mutation, as a user, with its input except the version, and the version to send. */
    record Call(String user, String mutation, Map<String, Object> input, long version) {
    }

    static Stream<Arguments> mutations() {
        return Stream.<Map.Entry<String, Function<StaleVersionTest, Call>>>of(
                Map.entry("updateProject", StaleVersionTest::updateProject),
                Map.entry("reviseProjectBudget", StaleVersionTest::reviseProjectBudget),
                Map.entry("changeProjectStatus", StaleVersionTest::changeProjectStatus),
                Map.entry("submitProgressReport (a correction)", StaleVersionTest::correctProgressReport),
                Map.entry("updateRegion", StaleVersionTest::updateRegion),
                Map.entry("retireRegion", StaleVersionTest::retireRegion),
                Map.entry("recordCollectiveIncome (a correction)", StaleVersionTest::correctIncome),
                Map.entry("reviewApplication", StaleVersionTest::reviewApplication),
                Map.entry("reviseApplication", StaleVersionTest::reviseApplication),
                Map.entry("decideApplication", StaleVersionTest::decideApplication),
                Map.entry("updateTalent", StaleVersionTest::updateTalent),
                Map.entry("withdrawTalentConsent (of a scope never given)", StaleVersionTest::withdrawTalentConsent),
                Map.entry("updateTalentContribution", StaleVersionTest::updateTalentContribution))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void theSameVersionWorksOnce(String name, Function<StaleVersionTest, Call> setUp) {
        Call call = setUp.apply(this);
        send(call).errors().verify();
        GraphQlTester.Response again = send(call);
        again.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("classification", "CONFLICT").containsEntry("field", "input.version");
            assertThat(error.getMessage()).contains("changed by someone else");
        }));
    }

    private GraphQlTester.Response send(Call call) {
        Map<String, Object> input = new HashMap<>(call.input());
        input.put("version", call.version());
        return as(call.user()).document(call.mutation()).variable("input", input).execute();
    }

    private static String mutation(String name, String inputType, String selection) {
        return "mutation($input: %s!) { %s(input: $input) { %s } }".formatted(inputType, name, selection);
    }

    // ---- projects

    private String project() {
        return createProject("版本测试项目" + unique(), Map.of("COUNTY_FINANCE", "100000.00"), false);
    }

    private Call updateProject() {
        String id = project();
        return new Call(ANJI_ADMIN, mutation("updateProject", "UpdateProjectInput", "project { version }"),
                Map.of("id", id, "description", "改了说明"), version(id));
    }

    private Call reviseProjectBudget() {
        String id = project();
        return new Call(ANJI_ADMIN, mutation("reviseProjectBudget", "ReviseProjectBudgetInput", "project { version }"),
                Map.of("id", id, "funding", List.of(Map.of("source", "COUNTY_FINANCE", "budget", "120000.00"))), version(id));
    }

    private Call changeProjectStatus() {
        String id = project();
        return new Call(ANJI_ADMIN, mutation("changeProjectStatus", "ChangeProjectStatusInput", "project { version }"),
                Map.of("id", id, "to", "IN_PROGRESS"), version(id));
    }

    private Call correctProgressReport() {
        String id = project();
        as(ANJI_ADMIN).document(mutation("changeProjectStatus", "ChangeProjectStatusInput", "project { version }"))
                .variable("input", Map.of("id", id, "version", version(id), "to", "IN_PROGRESS")).execute().errors().verify();
        String periodStart = today().withDayOfMonth(today().getDayOfMonth() < 16 ? 1 : 16).toString();
        Map<String, Object> report = Map.of("projectId", id, "periodStart", periodStart, "percentDone", 10,
                "moneySpent", "0.00", "narrative", "开工");
        long version = as(ANJI_ADMIN).document(mutation("submitProgressReport", "SubmitProgressReportInput", "report { version }"))
                .variable("input", report).execute().path("submitProgressReport.report.version").entity(Long.class).get();
        return new Call(ANJI_ADMIN, mutation("submitProgressReport", "SubmitProgressReportInput", "report { version }"),
                Map.of("projectId", id, "periodStart", periodStart, "percentDone", 20, "moneySpent", "0.00", "narrative", "更正"),
                version);
    }

    // ---- regions

    private Map<String, Object> region(String code) {
        return as(PLATFORM_ADMIN).document("query($c: String!) { region(code: $c) { id version } }").variable("c", code)
                .execute().path("region").entity(Map.class).get();
    }

    private Call updateRegion() {
        Map<String, Object> county = region(freshCounty("版本县" + unique()));
        return new Call(PLATFORM_ADMIN, mutation("updateRegion", "UpdateRegionInput", "region { version }"),
                Map.of("id", county.get("id"), "description", "改了说明"), ((Number) county.get("version")).longValue());
    }

    private Call retireRegion() {
        Map<String, Object> county = region(freshCounty("版本县" + unique()));
        return new Call(PLATFORM_ADMIN, mutation("retireRegion", "RetireRegionInput", "region { version }"),
                Map.of("id", county.get("id"), "reason", "撤并"), ((Number) county.get("version")).longValue());
    }

    private Call correctIncome() {
        String county = freshCounty("版本县" + unique());
        String town = county + "100";
        String village = town + "200";
        importUnits(new RegionImport.Unit(town, RegionKind.TOWN, county, "版本镇", null, null, null, true),
                new RegionImport.Unit(village, RegionKind.ADMINISTRATIVE_VILLAGE, town, "版本村", null, 100, 30, true));
        Object villageId = region(village).get("id");
        String record = mutation("recordCollectiveIncome", "RecordCollectiveIncomeInput", "income { version }");
        long version = as(PLATFORM_ADMIN).document(record).variable("input", Map.of("villageId", villageId, "year", 2024, "amount", "10.00"))
                .execute().path("recordCollectiveIncome.income.version").entity(Long.class).get();
        return new Call(PLATFORM_ADMIN, record, Map.of("villageId", villageId, "year", 2024, "amount", "10.00"), version);
    }

    // ---- the pool

    private String application() {
        int year = freshRoundYear();
        String code = "GF-V" + unique();
        String item = as(ANJI_ADMIN).document(mutation("openPoolRound", "OpenPoolRoundInput", "round { catalogue { id } }"))
                .variable("input", Map.of("countyCode", ANJI, "year", year, "name", year + "年版本测试", "opensOn", today().toString(),
                        "closesOn", today().plusDays(30).toString(), "budget", "1000000",
                        "catalogue", List.of(Map.of("code", code, "category", "TRANSPORT", "name", "村道", "subsidyCap", "500000"))))
                .execute().path("openPoolRound.round.catalogue[0].id").entity(String.class).get();
        return as(SHANGSHU_OFFICIAL).document(mutation("applyToPool", "ApplyToPoolInput", "application { id }"))
                .variable("input", Map.of("catalogueItemId", item, "villageCode", SHANGSHU_VILLAGE, "title", "村道提升",
                        "reason", "破损", "amountAsked", "1000")).execute().path("applyToPool.application.id").entity(String.class).get();
    }

    private long applicationVersion(String id) {
        return as(ANJI_ADMIN).document("query($id: ID!) { node(id: $id) { ... on PoolApplication { version } } }").variable("id", id)
                .execute().path("node.version").entity(Long.class).get();
    }

    private void review(String id, String decision) {
        as(SHANGSHU_ADMIN).document(mutation("reviewApplication", "ReviewApplicationInput", "application { id }"))
                .variable("input", Map.of("id", id, "version", applicationVersion(id), "decision", decision, "reason", "请补充"))
                .execute().errors().verify();
    }

    private Call reviewApplication() {
        String id = application();
        return new Call(SHANGSHU_ADMIN, mutation("reviewApplication", "ReviewApplicationInput", "application { version }"),
                Map.of("id", id, "decision", "RETURN", "reason", "请补充"), applicationVersion(id));
    }

    private Call reviseApplication() {
        String id = application();
        review(id, "RETURN");
        return new Call(SHANGSHU_OFFICIAL, mutation("reviseApplication", "ReviseApplicationInput", "application { version }"),
                Map.of("id", id, "title", "村道提升（修订）", "reason", "补充决议", "amountAsked", "900"), applicationVersion(id));
    }

    private Call decideApplication() {
        String id = application();
        review(id, "RECOMMEND");
        clock.advance(Duration.ofDays(6));
        return new Call(ANJI_ADMIN, mutation("decideApplication", "DecideApplicationInput", "application { version }"),
                Map.of("id", id, "decision", "DEFER", "reason", "下一年度"), applicationVersion(id));
    }

    // ---- talents

    private Map<String, Object> talent() {
        Map<String, Object> input = Map.of("name", "版本乡贤" + unique(), "gender", "FEMALE", "birthYear", 1980,
                "hometownCode", SHANGSHU_VILLAGE, "whereabouts", "INVESTING_FROM_AFAR", "category", "ENTREPRENEUR",
                "consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY")));
        return as(ANJI_ADMIN).document(mutation("registerTalent", "RegisterTalentInput", "talent { id version }"))
                .variable("input", input).execute().path("registerTalent.talent").entity(Map.class).get();
    }

    private Call updateTalent() {
        Map<String, Object> talent = talent();
        return new Call(ANJI_ADMIN, mutation("updateTalent", "UpdateTalentInput", "talent { version }"),
                Map.of("id", talent.get("id"), "notes", "改了备注"), ((Number) talent.get("version")).longValue());
    }

    private Call withdrawTalentConsent() {
        Map<String, Object> talent = talent();
        return new Call(ANJI_ADMIN, mutation("withdrawTalentConsent", "WithdrawTalentConsentInput", "talent { version }"),
                Map.of("id", talent.get("id"), "scopes", List.of("PUBLICITY")), ((Number) talent.get("version")).longValue());
    }

    private Call updateTalentContribution() {
        Map<String, Object> talent = talent();
        Map<String, Object> entry = as(ANJI_ADMIN).document(mutation("recordTalentContribution", "RecordTalentContributionInput",
                        "contribution { id version }"))
                .variable("input", Map.of("talentId", talent.get("id"), "kind", "DONATION", "occurredOn", "2025-01-10",
                        "donatedAmount", "10", "purpose", "助学"))
                .execute().path("recordTalentContribution.contribution").entity(Map.class).get();
        return new Call(ANJI_ADMIN, mutation("updateTalentContribution", "UpdateTalentContributionInput", "contribution { version }"),
                Map.of("id", entry.get("id"), "description", "更正"), ((Number) entry.get("version")).longValue());
    }
}
