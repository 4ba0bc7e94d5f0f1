package org.xiangli.talent;

import org.junit.jupiter.api.Test;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.support.ApiTest;
import org.xiangli.support.SqlStatements;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiangli.talent.TalentRegistryTest.register;

/**
 * The public hall (乡贤馆) as the anonymous public sees it: only talents who consented to
 * PUBLICITY and are not anonymised, their public profile and sums and nothing else, even when
 * asked; withdrawing PUBLICITY removes a talent at once; a fixed number of statements.
 */
class TalentHallTest extends ApiTest {

    private static final String HALL = """
            query($t: String!) { talentHall(townshipCode: $t) { townshipCode townshipName countyName
              talents { name category hometownCode hometownName introduction realisedInvestment donations jobsCreated services peopleReached }
              totals { talents realisedInvestment donations jobsCreated services peopleReached } } }""";

    private record Township(String countyName, String code, String village) {
    }

    private Township freshTownship() {
        String countyName = "乡贤馆县" + unique();
        String county = freshCounty(countyName);
        String township = county + "100";
        importUnits(new RegionImport.Unit(township, RegionKind.TOWN, county, "乡贤馆乡", null, null, null, true),
                new RegionImport.Unit(township + "200", RegionKind.ADMINISTRATIVE_VILLAGE, township, "乡贤馆村", null, 100, 30, true));
        return new Township(countyName, township, township + "200");
    }

    private String talent(String name, String hometown, List<String> scopes, String introduction) {
        Map<String, Object> input = new HashMap<>(TalentRegistryTest.talent(name, hometown));
        input.putAll(Map.of("notes", "私人备注" + name, "address", "乡贤馆村1号", "email", "hall@example.cn", "organisation", "某公司",
                "consent", Map.of("givenOn", "2025-03-01", "scope", scopes), "publicIntroduction", introduction));
        if (!scopes.contains("CONTACT")) {
            input.remove("phone");
            input.remove("address");
            input.remove("email");
        }
        return register(as(PLATFORM_ADMIN), input);
    }

    @Test
    void thePublicSeesOnlyConsentedTalentsAndOnlyTheirPublicProfile() {
        Township place = freshTownship();
        String shown = "馆甲" + unique();
        String shownId = talent(shown, place.village(), List.of("REGISTRY", "CONTACT", "PUBLICITY"), "回乡办厂，带动乡亲就业。");
        String other = "馆乙" + unique();
        String otherId = talent(other, place.code(), List.of("REGISTRY", "PUBLICITY"), "捐资助学。");
        talent("馆丙" + unique(), place.village(), List.of("REGISTRY", "CONTACT"), "未同意公开");
        String erased = talent("馆丁" + unique(), place.village(), List.of("REGISTRY", "PUBLICITY"), "将被匿名");
        TalentRegistryTest.record(as(PLATFORM_ADMIN), Map.of("talentId", shownId, "kind", "INVESTMENT", "occurredOn", "2025-01-10",
                "pledgedAmount", "9000000.00", "realisedAmount", "3000000.00", "jobsCreated", 40, "description", "私下约定的条件"));
        TalentRegistryTest.record(as(PLATFORM_ADMIN), Map.of("talentId", shownId, "kind", "SERVICE", "occurredOn", "2025-02-10",
                "serviceKind", "TEACHING", "peopleReached", 60));
        TalentRegistryTest.record(as(PLATFORM_ADMIN), Map.of("talentId", otherId, "kind", "DONATION", "occurredOn", "2025-03-10",
                "donatedAmount", "50000.00", "purpose", "助学"));
        as(PLATFORM_ADMIN).document("mutation($input: AnonymiseTalentInput!) { anonymiseTalent(input: $input) { talent { id } } }")
                .variable("input", Map.of("id", erased, "version", 0, "reason", "PERSON_REQUESTED")).execute()
                .path("anonymiseTalent.talent.id").hasValue();

        // anonymous: no token at all
        graphQl.document(HALL).variable("t", place.code()).execute().path("talentHall").matchesJsonStrictly("""
                {"townshipCode": "%s", "townshipName": "乡贤馆乡", "countyName": "%s",
                 "talents": [
                   {"name": "%s", "category": "ENTREPRENEUR", "hometownCode": "%s", "hometownName": "乡贤馆村",
                    "introduction": "回乡办厂，带动乡亲就业。", "realisedInvestment": "3000000.00", "donations": "0.00", "jobsCreated": 40,
                    "services": 1, "peopleReached": 60},
                   {"name": "%s", "category": "ENTREPRENEUR", "hometownCode": "%s", "hometownName": "乡贤馆乡",
                    "introduction": "捐资助学。", "realisedInvestment": "0.00", "donations": "50000.00", "jobsCreated": 0,
                    "services": 0, "peopleReached": 0}],
                 "totals": {"talents": 2, "realisedInvestment": "3000000.00", "donations": "50000.00", "jobsCreated": 40, "services": 1,
                            "peopleReached": 60}}""".formatted(place.code(), place.countyName(),
                shown, place.village(), other, place.code()));

        // nothing personal can be asked for: the hall's type has no such field, nor a way to the record
        for (String field : List.of("phone", "contact { phone }", "birthYear", "notes", "id", "organisation", "contributions { description }")) {
            graphQl.document("query($t: String!) { talentHall(townshipCode: $t) { talents { name %s } } }".formatted(field))
                    .variable("t", place.code()).execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                            .allSatisfy(e -> assertThat(e.getMessage()).doesNotContain("私人备注").doesNotContain("13800009999")));
        }
        // nor does the registry open up to the public beside it
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Talent { name } } }").variable("id", shownId).execute()
                .path("node").valueIsNull();

        // withdrawing PUBLICITY removes the talent at once
        as(PLATFORM_ADMIN).document("""
                        mutation($input: WithdrawTalentConsentInput!) { withdrawTalentConsent(input: $input) { talent { version } } }""")
                .variable("input", Map.of("id", shownId, "version", 0, "scopes", List.of("PUBLICITY"))).execute()
                .path("withdrawTalentConsent.talent.version").hasValue();
        graphQl.document(HALL).variable("t", place.code()).execute()
                .path("talentHall.talents[*].name").entityList(String.class).containsExactly(other)
                .path("talentHall.totals.talents").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void aCodeThatNamesNoTownshipIsNullOrRefused() {
        graphQl.document(HALL).variable("t", "330523200200").execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "BAD_REQUEST").containsEntry("field", "townshipCode")));
        graphQl.document(HALL).variable("t", "999999999").execute().path("talentHall").valueIsNull();
        // 上墅乡's hall is there for the demo: 戴勋 with his introduction
        graphQl.document(HALL).variable("t", "330523200").execute()
                .path("talentHall.townshipName").entity(String.class).isEqualTo("上墅乡")
                .path("talentHall.talents[?(@.name == '戴勋')].introduction").entityList(String.class)
                .satisfies(intro -> assertThat(intro).singleElement().asString().contains("大麓书院"));
    }

    @Test
    void theHallTakesTwoStatementsWhateverItsSize() {
        Township small = freshTownship();
        talent("馆数" + unique(), small.village(), List.of("REGISTRY", "PUBLICITY"), "一");
        Township large = freshTownship();
        for (int i = 0; i < 6; i++) {
            String id = talent("馆数" + unique(), large.village(), List.of("REGISTRY", "PUBLICITY"), "多");
            TalentRegistryTest.record(as(PLATFORM_ADMIN), Map.of("talentId", id, "kind", "JOBS", "occurredOn", "2025-01-10", "jobsCreated", 2));
        }
        assertThat(statements(small.code())).isEqualTo(2);
        assertThat(statements(large.code())).isEqualTo(2);
    }

    private long statements(String township) {
        SqlStatements.reset();
        graphQl.document(HALL).variable("t", township).execute().path("talentHall.talents").entityList(Object.class).hasSizeGreaterThan(0);
        return SqlStatements.count();
    }
}
