package org.xiangli.talent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.support.ApiTest;
import org.xiangli.support.SqlStatements;
import org.xiangli.support.TwoPaths;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The talents of the last level of a compiled region tree (townships → villages → hometown talents)
 * are one more statement, whatever the rows, and answer the same bytes as the entity path: rows,
 * order (name, then id), the caller's scope, none for a caller who may not read the registry. A
 * talent's name is personal: asking for it takes the entity path.
 */
class TalentRowsTest extends ApiTest {

    private static final String TALENT = "id gender birthYear category whereabouts industry hometownCode";
    /** Personal: the compiled path never reads it. */
    private static final String MARKER = "name";

    private TwoPaths paths;

    @BeforeEach
    void paths() {
        paths = new TwoPaths(http);
    }

    private static String county(String code, String talent) {
        return "{ region(code: \"%s\") { code children { code children { id code hometownTalents { %s } } } } }".formatted(code, talent);
    }

    private static String township(String code, String talent) {
        return "{ region(code: \"%s\") { code name children { code hometownTalents { %s } } } }".formatted(code, talent);
    }

    private void register(String name, String hometown, Integer birthYear, String industry) {
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "gender", "MALE", "hometownCode", hometown,
                "whereabouts", "RETURNED", "category", "CRAFTS_MASTER",
                "consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY"))));
        if (birthYear != null) {
            input.put("birthYear", birthYear);
        }
        if (industry != null) {
            input.put("industry", industry);
        }
        TalentRegistryTest.register(as(PLATFORM_ADMIN), input);
    }

    @Test
    void aCountysTownshipsVillagesAndTheirTalentsInNameOrder() {
        String county = freshCounty("贤县");
        for (int t = 0; t < 3; t++) {
            String town = county + (100 + t);
            importUnits(new RegionImport.Unit(town, RegionKind.TOWN, county, "贤镇" + t, null, null, null, true));
            for (int v = 0; v < t; v++) {
                importUnits(new RegionImport.Unit(town + (200 + v), RegionKind.ADMINISTRATIVE_VILLAGE, town,
                        "贤村" + t + "-" + v, null, null, null, true));
            }
        }
        String village = county + "102200";
        // the same name twice (birth years apart): the id decides; a village without talents keeps its empty list
        register("乙", village, 1970, "竹编");
        register("甲", village, null, null);
        register("乙", village, 1980, null);
        register("丙", county + "101200", 1990, "茶叶");
        String answer = paths.sameAnswer(tokenOf(PLATFORM_ADMIN), county(county, TALENT), TALENT, MARKER, 2);
        assertThat(answer).contains("\"hometownTalents\":[]", "\"industry\":\"竹编\"", "\"birthYear\":null");
    }

    @Test
    void eachCallerSeesTheTalentsOfTheirOwnPartOnly() {
        register("上墅贤" + unique(), "330523200200", 1975, "白茶");
        register("递铺贤" + unique(), "330523100200", 1985, "竹制品");
        String county = paths.sameAnswer(tokenOf(ANJI_ADMIN), county("330523", TALENT), TALENT, MARKER, 2);
        assertThat(county).contains("\"hometownCode\":\"330523200200\"", "\"hometownCode\":\"330523100200\"");
        String own = paths.sameAnswer(tokenOf(SHANGSHU_ADMIN), township("330523200", TALENT), TALENT, MARKER, 2);
        assertThat(own).contains("\"hometownCode\":\"330523200200\"").doesNotContain("330523100200");
        assertThat(paths.sameAnswer(tokenOf(SHANGSHU_ADMIN), county("330523", TALENT), TALENT, MARKER, 2))
                .isEqualTo("{\"data\":{\"region\":null}}");
        assertThat(paths.sameAnswer(tokenOf(DEQING_ADMIN), township("330523200", TALENT), TALENT, MARKER, 2))
                .isEqualTo("{\"data\":{\"region\":null}}");
        // the public sees the tree but not the registry: no statement for the talents
        String open = paths.sameAnswer(null, township("330523200", TALENT), TALENT, MARKER, 1);
        assertThat(open).contains("\"hometownTalents\":[]").doesNotContain("hometownCode");
    }

    @Test
    void askingForANameTakesTheEntityPath() {
        String token = tokenOf(SHANGSHU_ADMIN);
        paths.answer(token, township("330523200", "birthYear"));
        SqlStatements.reset();
        String named = paths.answer(token, township("330523200", "birthYear name"));
        assertThat(SqlStatements.count()).as("statements of the entity path").isGreaterThan(2);
        assertThat(named).doesNotContain("\"errors\"").contains("\"name\":");
    }
}
