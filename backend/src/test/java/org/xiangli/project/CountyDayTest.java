package org.xiangli.project;

import org.junit.jupiter.api.Test;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Today" is the counties' day (Asia/Shanghai) everywhere, also between 00:00 and 08:00 in China,
 * when the UTC date is still yesterday.
 */
class CountyDayTest extends ProjectApiTest {

    @Test
    void aDeviceRegisteredAfterMidnightInChinaIsInstalledToday() {
        // 01:00 in China, 17:00 UTC of the day before
        Instant now = clock.instant();
        Instant oneAm = now.atZone(ZoneOffset.UTC).toLocalDate().atTime(17, 0).toInstant(ZoneOffset.UTC);
        clock.advance(Duration.between(now, oneAm.isAfter(now) ? oneAm : oneAm.plus(Duration.ofDays(1))));
        LocalDate countyToday = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        assertThat(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).isBefore(countyToday);

        int n = unique();
        String town = "330113" + (500 + n % 100);
        String village = town + (200 + n % 200);
        importUnits(new RegionImport.Unit(town, RegionKind.TOWN, "330113", "日界镇" + n, null, null, null, true),
                new RegionImport.Unit(village, RegionKind.ADMINISTRATIVE_VILLAGE, town, "日界村" + n, null, 100, 30, true));
        String elder = as(LINPING_OPERATOR).document("""
                        mutation($input: RegisterElderInput!) { registerElder(input: $input) { elder { id } } }""")
                .variable("input", Map.of("villageCode", village, "name", "日界老人" + n, "gender", "MALE", "birthDate", "1941-05-06",
                        "phone", "13800001234", "address", "临平区日界路1号", "livingSituation", "ALONE", "riskLevel", "HIGH",
                        "callTree", List.of(Map.of("relation", "FAMILY", "name", "家属", "phone", "13800009999"))))
                .execute().path("registerElder.elder.id").entity(String.class).get();
        as(LINPING_OPERATOR).document("""
                        mutation($input: RegisterDeviceInput!) { registerDevice(input: $input) { device { installedOn } } }""")
                .variable("input", Map.of("elderId", elder, "serial", "DAY-" + n + "-P", "type", "PANIC_BUTTON"))
                .execute().path("registerDevice.device.installedOn").entity(String.class).isEqualTo(countyToday.toString());
    }

    @Test
    void aDateThatIsTodayInChinaIsNotInTheFutureWhileItIsStillYesterdayInUtc() {
        // the validator has seen dates before the clock moves (it must follow the clock, not keep the first time it read)
        as(ANJI_ADMIN).document("""
                        mutation($input: RegisterTalentInput!) { registerTalent(input: $input) { talent { id } } }""")
                .variable("input", Map.of("name", "先到乡贤" + unique(), "gender", "MALE", "birthYear", 1970,
                        "hometownCode", "330523200200", "whereabouts", "RETURNED", "category", "ENTREPRENEUR",
                        "consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY"))))
                .execute().path("registerTalent.talent.id").hasValue();
        clock.advance(Duration.ofDays(40));
        Instant now = clock.instant();
        Instant oneAm = now.atZone(ZoneOffset.UTC).toLocalDate().atTime(17, 0).toInstant(ZoneOffset.UTC);
        clock.advance(Duration.between(now, oneAm.isAfter(now) ? oneAm : oneAm.plus(Duration.ofDays(1))));
        LocalDate countyToday = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));

        Map<String, Object> talent = new HashMap<>(Map.of("name", "日界乡贤" + unique(), "gender", "FEMALE", "birthYear", 1975,
                "hometownCode", "330523200200", "whereabouts", "RETURNED", "category", "ENTREPRENEUR",
                "consent", Map.of("givenOn", countyToday.toString(), "scope", List.of("REGISTRY"))));
        as(ANJI_ADMIN).document("""
                        mutation($input: RegisterTalentInput!) { registerTalent(input: $input) { talent { id } } }""")
                .variable("input", talent).execute().path("registerTalent.talent.id").hasValue();

        talent.put("name", "明日乡贤" + unique());
        talent.put("consent", Map.of("givenOn", countyToday.plusDays(1).toString(), "scope", List.of("REGISTRY")));
        as(ANJI_ADMIN).document("""
                        mutation($input: RegisterTalentInput!) { registerTalent(input: $input) { talent { id } } }""")
                .variable("input", talent).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                    assertThat(e.getExtensions()).containsEntry("field", "input.consent.givenOn");
                }));
    }
}
