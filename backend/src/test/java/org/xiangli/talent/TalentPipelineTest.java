package org.xiangli.talent;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.support.ApiTest;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiangli.talent.TalentRegistryTest.SHANGSHU_VILLAGE;
import static org.xiangli.talent.TalentRegistryTest.expectError;
import static org.xiangli.talent.TalentRegistryTest.register;

/**
 * The investment pipeline over HTTP with real tokens: SIGNED → LANDED → PRODUCING one step at a
 * time, dated in order and not in the future, realised only growing, jobs at PRODUCING, stale
 * versions refused, out-of-scope entries not found; and the totals by stage with known figures.
 */
class TalentPipelineTest extends ApiTest {

    static final String RECORD = """
            mutation($input: RecordTalentContributionInput!) {
              recordTalentContribution(input: $input) { contribution { id version stage signedOn landedOn producingOn } } }""";
    static final String ADVANCE = """
            mutation($input: AdvanceTalentInvestmentInput!) { advanceTalentInvestment(input: $input) {
              contribution { id version stage signedOn landedOn producingOn pledgedAmount realisedAmount jobsCreated } } }""";
    private static final String PIPELINE = """
            query($w: String) { talentInvestmentPipeline(within: $w) { stage investments pledged realised jobsCreated } }""";

    static String invest(HttpGraphQlTester client, String talentId, String on, String pledged, String realised) {
        Map<String, Object> input = new HashMap<>(Map.of("talentId", talentId, "kind", "INVESTMENT", "occurredOn", on, "pledgedAmount", pledged));
        if (realised != null) {
            input.put("realisedAmount", realised);
        }
        return client.document(RECORD).variable("input", input).execute()
                .path("recordTalentContribution.contribution.id").entity(String.class).get();
    }

    private static GraphQlTester.Response advance(HttpGraphQlTester client, String id, int version, String stage, String on,
                                                  Map<String, Object> more) {
        Map<String, Object> input = new HashMap<>(Map.of("id", id, "version", version, "stage", stage, "on", on));
        input.putAll(more);
        return client.document(ADVANCE).variable("input", input).execute();
    }

    @Test
    void anInvestmentMovesOnOneStageAtATimeInDateOrder() {
        String talent = register(as(SHANGSHU_ADMIN), TalentRegistryTest.talent("签约乡贤" + unique(), SHANGSHU_VILLAGE));
        as(SHANGSHU_ADMIN).document(RECORD).variable("input", Map.of("talentId", talent, "kind", "INVESTMENT",
                        "occurredOn", "2025-03-01", "pledgedAmount", "5000000.00")).execute()
                .path("recordTalentContribution.contribution.stage").entity(String.class).isEqualTo("SIGNED")
                .path("recordTalentContribution.contribution.signedOn").entity(String.class).isEqualTo("2025-03-01")
                .path("recordTalentContribution.contribution.landedOn").valueIsNull();
        String id = as(SHANGSHU_ADMIN).document("query($id: ID!) { node(id: $id) { ... on Talent { contributions { id } } } }")
                .variable("id", talent).execute().path("node.contributions[0].id").entity(String.class).get();

        // skipping a stage or staying put: CONFLICT naming the stage, the message names the allowed next one
        advance(as(SHANGSHU_ADMIN), id, 0, "PRODUCING", "2025-04-01", Map.of()).errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("classification", "CONFLICT").containsEntry("field", "input.stage");
                    assertThat(e.getMessage()).contains("SIGNED").contains("LANDED only").contains("PRODUCING");
                }));
        expectError(advance(as(SHANGSHU_ADMIN), id, 0, "SIGNED", "2025-04-01", Map.of()), "CONFLICT", "input.stage");
        // dates: not before the signing, not in the county's future
        expectError(advance(as(SHANGSHU_ADMIN), id, 0, "LANDED", "2025-02-28", Map.of()), "BAD_REQUEST", "input.on");
        String tomorrow = CountyCalendar.today(Clock.systemUTC()).plusDays(1).toString();
        expectError(advance(as(SHANGSHU_ADMIN), id, 0, "LANDED", tomorrow, Map.of()), "BAD_REQUEST", "input.on");
        // jobs are recorded at PRODUCING only
        expectError(advance(as(SHANGSHU_ADMIN), id, 0, "LANDED", "2025-04-01", Map.of("jobsCreated", 3)), "BAD_REQUEST", "input.jobsCreated");
        // out of scope: another county's admin does not find it; a supervisor may not write
        expectError(advance(as(DEQING_ADMIN), id, 0, "LANDED", "2025-04-01", Map.of()), "NOT_FOUND", "input.id");
        advance(as(ANJI_SUPERVISOR), id, 0, "LANDED", "2025-04-01", Map.of()).errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "FORBIDDEN")));

        // landed (the same day as the signing is fine), with money arriving; pledged stays
        advance(as(SHANGSHU_OFFICIAL), id, 0, "LANDED", "2025-03-01", Map.of("realisedAmount", "1200000.00")).path("advanceTalentInvestment.contribution")
                .matchesJson("""
                        {"version": 1, "stage": "LANDED", "signedOn": "2025-03-01", "landedOn": "2025-03-01", "producingOn": null,
                         "pledgedAmount": "5000000.00", "realisedAmount": "1200000.00"}""");
        // a stale version is refused; going back is refused; the realised amount only grows
        expectError(advance(as(SHANGSHU_ADMIN), id, 0, "PRODUCING", "2025-06-01", Map.of()), "CONFLICT", "input.version");
        expectError(advance(as(SHANGSHU_ADMIN), id, 1, "SIGNED", "2025-06-01", Map.of()), "CONFLICT", "input.stage");
        expectError(advance(as(SHANGSHU_ADMIN), id, 1, "PRODUCING", "2025-06-01", Map.of("realisedAmount", "1000000.00")),
                "BAD_REQUEST", "input.realisedAmount");
        expectError(advance(as(SHANGSHU_ADMIN), id, 1, "PRODUCING", "2025-02-01", Map.of()), "BAD_REQUEST", "input.on");
        // the signing date cannot be corrected past the landing
        expectError(as(SHANGSHU_ADMIN).document("""
                        mutation($input: UpdateTalentContributionInput!) { updateTalentContribution(input: $input) { contribution { id } } }""")
                .variable("input", Map.of("id", id, "version", 1, "occurredOn", "2025-03-02")).execute(), "BAD_REQUEST", "input.occurredOn");

        advance(as(SHANGSHU_ADMIN), id, 1, "PRODUCING", "2025-06-01", Map.of("realisedAmount", "5000000.00", "jobsCreated", 35))
                .path("advanceTalentInvestment.contribution").matchesJson("""
                        {"version": 2, "stage": "PRODUCING", "landedOn": "2025-03-01", "producingOn": "2025-06-01",
                         "pledgedAmount": "5000000.00", "realisedAmount": "5000000.00", "jobsCreated": 35}""");
        // nothing after PRODUCING
        advance(as(SHANGSHU_ADMIN), id, 2, "PRODUCING", "2025-07-01", Map.of()).errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("classification", "CONFLICT").containsEntry("field", "input.stage");
                    assertThat(e.getMessage()).contains("last stage");
                }));
        // other kinds have no pipeline
        TalentRegistryTest.record(as(SHANGSHU_ADMIN), Map.of("talentId", talent, "kind", "JOBS", "occurredOn", "2025-05-10", "jobsCreated", 4));
        String jobs = as(SHANGSHU_ADMIN).document("query($id: ID!) { node(id: $id) { ... on Talent { contributions(kinds: [JOBS]) { id stage } } } }")
                .variable("id", talent).execute().path("node.contributions[0].stage").valueIsNull()
                .path("node.contributions[0].id").entity(String.class).get();
        expectError(advance(as(SHANGSHU_ADMIN), jobs, 0, "LANDED", "2025-06-01", Map.of()), "BAD_REQUEST", "input.id");

        // each step is an audited UPDATE with the stage before and after
        List<String> details = as(PLATFORM_ADMIN).document("""
                        query($id: ID!) { auditLog(first: 10, filter: {entityId: $id, actions: [UPDATE]}) { nodes { detail } } }""")
                .variable("id", id).execute().path("auditLog.nodes[*].detail").entityList(String.class).get();
        assertThat(details).hasSize(2).anySatisfy(d -> assertThat(d).contains("LANDED").contains("PRODUCING"));
    }

    @Test
    void theTotalsByStageAddUpTheInvestmentsOfTheScope() {
        String county = freshCounty("管道县" + unique());
        String township = county + "100";
        importUnits(new RegionImport.Unit(township, RegionKind.TOWN, county, "管道镇", null, null, null, true),
                new RegionImport.Unit(township + "200", RegionKind.ADMINISTRATIVE_VILLAGE, township, "管道村", null, 100, 30, true));
        String a = register(as(PLATFORM_ADMIN), TalentRegistryTest.talent("管道甲" + unique(), township + "200"));
        String b = register(as(PLATFORM_ADMIN), TalentRegistryTest.talent("管道乙" + unique(), township));
        invest(as(PLATFORM_ADMIN), a, "2025-01-10", "1000000.00", null);                 // SIGNED
        invest(as(PLATFORM_ADMIN), b, "2025-01-11", "2000000.00", null);                 // SIGNED
        invest(as(PLATFORM_ADMIN), a, "2025-02-01", "3000000.00", "500000.00");          // LANDED at once (money arrived)
        String producing = invest(as(PLATFORM_ADMIN), b, "2025-02-02", "4000000.00", "4000000.00");
        advance(as(PLATFORM_ADMIN), producing, 0, "PRODUCING", "2025-09-01", Map.of("jobsCreated", 12))
                .path("advanceTalentInvestment.contribution.stage").entity(String.class).isEqualTo("PRODUCING");
        // a donation is no investment
        TalentRegistryTest.record(as(PLATFORM_ADMIN), Map.of("talentId", a, "kind", "DONATION", "occurredOn", "2025-03-01",
                "donatedAmount", "900.00", "purpose", "助学"));

        as(PLATFORM_ADMIN).document(PIPELINE).variable("w", county).execute().path("talentInvestmentPipeline").matchesJson("""
                [{"stage": "SIGNED", "investments": 2, "pledged": "3000000.00", "realised": "0.00", "jobsCreated": 0},
                 {"stage": "LANDED", "investments": 1, "pledged": "3000000.00", "realised": "500000.00", "jobsCreated": 0},
                 {"stage": "PRODUCING", "investments": 1, "pledged": "4000000.00", "realised": "4000000.00", "jobsCreated": 12}]""");
        // narrowed to the village: only talent a's
        as(PLATFORM_ADMIN).document(PIPELINE).variable("w", township + "200").execute().path("talentInvestmentPipeline").matchesJson("""
                [{"stage": "SIGNED", "investments": 1, "pledged": "1000000.00"},
                 {"stage": "LANDED", "investments": 1, "pledged": "3000000.00"},
                 {"stage": "PRODUCING", "investments": 0, "pledged": "0.00"}]""");
        // scoped: Anji's admin asking for this county sees none of it (every stage, zero)
        as(ANJI_ADMIN).document(PIPELINE).variable("w", county).execute().path("talentInvestmentPipeline[*].investments")
                .entityList(Integer.class).containsExactly(0, 0, 0);
        // the public is refused
        graphQl.document(PIPELINE).variable("w", county).execute().errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
    }

    @Test
    void existingInvestmentsEnteredThePipelineByTheMigration() {
        // the demo's 临杭产业园 (陈伟军) is producing; every investment has a stage
        as(PLATFORM_ADMIN).document("{ searchTalents(query: \"陈伟军\") { nodes { contributions(kinds: [INVESTMENT]) { stage signedOn producingOn } } } }")
                .execute().path("searchTalents.nodes[0].contributions[0].stage").entity(String.class).isEqualTo("PRODUCING")
                .path("searchTalents.nodes[0].contributions[0].producingOn").entity(LocalDate.class).isEqualTo(LocalDate.of(2025, 3, 1));
        List<Integer> counts = as(PLATFORM_ADMIN).document(PIPELINE).execute().path("talentInvestmentPipeline[*].investments")
                .entityList(Integer.class).get();
        assertThat(counts).hasSize(3);
        assertThat(counts.get(2)).isGreaterThanOrEqualTo(1);
    }
}
