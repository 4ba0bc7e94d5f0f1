package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.xiangli.graphql.GlobalId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * updateElder over GraphQL with real tokens: every attribute changes and the version moves, omitted
 * fields stay and empty ones clear, stale versions are a CONFLICT, bad input names the field, ID
 * numbers and health notes stay encrypted at rest, and the audit trail keeps personal values masked.
 */
class ElderRecordUpdatesTest extends ElderCareApiTest {

    private static final String UPDATE = """
            mutation($input: UpdateElderInput!) { updateElder(input: $input) { elder {
              name gender birthDate idNumber phone address livingSituation riskLevel healthNotes
              rules { inactivityMinutes dayStart dayEnd } version } } }""";

    private static final String READ = """
            query($id: ID!) { node(id: $id) { ... on Elder { name gender birthDate idNumber phone address livingSituation riskLevel
              healthNotes rules { inactivityMinutes dayStart dayEnd } version } } }""";

    /** 300 characters, three bytes each in UTF-8: the longest health notes the API takes. */
    private static final String LONG_NOTES = "糖尿病，按时服药。".repeat(33) + "注意饮";

    @Test
    void everyAttributeChangesAndTheVersionMoves() {
        Household household = household(freshVillage());
        Map<String, Object> input = new HashMap<>(Map.of("id", household.elderId(), "version", 0,
                "name", " 改名老人 ", "gender", "MALE", "birthDate", "1941-05-06", "idNumber", "33011319410506999X",
                "phone", "13912345678", "address", "临平区新地址1号", "livingSituation", "EMPTY_NEST", "riskLevel", "LOW"));
        input.put("healthNotes", LONG_NOTES);
        input.put("rules", Map.of("inactivityMinutes", 240, "dayStart", "08:00", "dayEnd", "20:00"));
        Map saved = as(LINPING_OPERATOR).document(UPDATE).variable("input", input).execute()
                .path("updateElder.elder").entity(Map.class).get();
        assertThat(saved).containsEntry("version", 1).containsEntry("healthNotes", LONG_NOTES)
                .containsEntry("livingSituation", "EMPTY_NEST").containsEntry("riskLevel", "LOW")
                .containsEntry("rules", Map.of("inactivityMinutes", 240, "dayStart", "08:00", "dayEnd", "20:00"));
        assertThat((String) saved.get("phone")).as("an operator without an assigned alert sees contacts masked").isEqualTo("139****5678");

        Map read = as(PLATFORM_ADMIN).document(READ).variable("id", household.elderId()).execute().path("node").entity(Map.class).get();
        assertThat(read).containsEntry("name", "改名老人").containsEntry("gender", "MALE").containsEntry("birthDate", "1941-05-06")
                .containsEntry("idNumber", "33011319410506999X").containsEntry("phone", "13912345678")
                .containsEntry("address", "临平区新地址1号").containsEntry("healthNotes", LONG_NOTES).containsEntry("version", 1);

        Map<String, Object> stored = jdbc.sql("SELECT id_number, health_notes, phone FROM elder WHERE id = ?")
                .param(dbId(household)).query().singleRow();
        assertThat((String) stored.get("id_number")).startsWith("k1:").doesNotContain("33011319410506999X");
        assertThat((String) stored.get("health_notes")).startsWith("k1:").doesNotContain("糖尿病");
        assertThat(stored.get("phone")).isEqualTo("13912345678");
    }

    @Test
    void omittedFieldsStayEmptyOnesClearAndEmptyRulesAreTheDefaults() {
        Household household = household(freshVillage(), Map.of("inactivityMinutes", 120, "dayStart", "08:00", "dayEnd", "20:00"));
        Map before = as(PLATFORM_ADMIN).document(READ).variable("id", household.elderId()).execute().path("node").entity(Map.class).get();
        as(LINPING_OPERATOR).document(UPDATE).variable("input", Map.of("id", household.elderId(), "version", 0,
                "phone", "", "healthNotes", "", "rules", Map.of())).execute().path("updateElder.elder.version").entity(Integer.class).isEqualTo(1);
        Map after = as(PLATFORM_ADMIN).document(READ).variable("id", household.elderId()).execute().path("node").entity(Map.class).get();
        assertThat(after).containsEntry("phone", null).containsEntry("healthNotes", null)
                .containsEntry("rules", Map.of("inactivityMinutes", 720, "dayStart", "07:00", "dayEnd", "21:00"));
        assertThat(after).containsEntry("name", before.get("name")).containsEntry("address", before.get("address"))
                .containsEntry("idNumber", before.get("idNumber")).containsEntry("riskLevel", before.get("riskLevel"));
        assertThat(jdbc.sql("SELECT health_notes FROM elder WHERE id = ?").param(dbId(household)).query().singleRow().get("health_notes"))
                .isNull();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        Household household = household(freshVillage());
        as(LINPING_OPERATOR).document(UPDATE).variable("input", Map.of("id", household.elderId(), "version", 0, "riskLevel", "MEDIUM"))
                .execute().path("updateElder.elder.version").entity(Integer.class).isEqualTo(1);
        GraphQlTester.Response stale = as(PLATFORM_ADMIN).document(UPDATE)
                .variable("input", Map.of("id", household.elderId(), "version", 0, "name", "覆盖者")).execute();
        expectError(stale, "CONFLICT", "input.version");
        assertThat(errorsOf(stale).getFirst().getMessage()).contains("your version 0, current 1").doesNotContain("测试老人");
        as(PLATFORM_ADMIN).document(READ).variable("id", household.elderId()).execute()
                .path("node.name").entity(String.class).satisfies(name -> assertThat(name).startsWith("测试老人"))
                .path("node.riskLevel").entity(String.class).isEqualTo("MEDIUM");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Household household = household(freshVillage());
        Map<String, Map<String, Object>> cases = Map.of(
                "input.phone", Map.of("phone", "12345"),
                "input.idNumber", Map.of("idNumber", "3301"),
                "input.name", Map.of("name", "   "),
                "input.birthDate", Map.of("birthDate", "2999-01-01"),
                "input.healthNotes", Map.of("healthNotes", "病".repeat(301)),
                "input.rules.inactivityMinutes", Map.of("rules", Map.of("inactivityMinutes", 10)),
                "input.rules.dayEnd", Map.of("rules", Map.of("dayStart", "08:00")),
                "input.rules.dayStart", Map.of("rules", Map.of("dayStart", "8 Uhr", "dayEnd", "20:00")));
        cases.forEach((field, change) -> {
            Map<String, Object> input = new HashMap<>(change);
            input.put("id", household.elderId());
            input.put("version", 0);
            expectError(as(LINPING_OPERATOR).document(UPDATE).variable("input", input).execute(), "BAD_REQUEST", field);
        });
        expectError(as(LINPING_OPERATOR).document(UPDATE).variable("input", Map.of("id", GlobalId.of("Device", dbId(household)), "version", 0))
                .execute(), "BAD_REQUEST", "input.id");
        as(PLATFORM_ADMIN).document(READ).variable("id", household.elderId()).execute()
                .path("node.version").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void theAuditTrailRecordsTheChangeWithPersonalValuesMasked() {
        Household household = household(freshVillage());
        as(LINPING_OPERATOR).document(UPDATE).variable("input", Map.of("id", household.elderId(), "version", 0,
                        "phone", "13912345678", "idNumber", "33011319410506999X", "healthNotes", "心脏病", "riskLevel", "LOW"))
                .execute().path("updateElder.elder.version").entity(Integer.class).isEqualTo(1);
        List<Map<String, Object>> entries = jdbc.sql("""
                        SELECT actor, detail FROM audit_log WHERE entity_type = 'Elder' AND entity_id = ? AND action = 'UPDATE' ORDER BY id""")
                .param(dbId(household)).query().listOfRows();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("actor", LINPING_OPERATOR);
            assertThat((String) entry.get("detail"))
                    .contains("\"phone\":{\"before\":\"138****").contains("\"after\":\"139****5678\"")
                    .contains("\"idNumber\"").contains("3301**********999X")
                    .contains("\"healthNotes\":{\"before\":\"****\",\"after\":\"****\"}")
                    .contains("\"riskLevel\":{\"before\":\"HIGH\",\"after\":\"LOW\"}")
                    .doesNotContain("13912345678").doesNotContain("33011319410506999X").doesNotContain("心脏病")
                    .doesNotContain("高血压").doesNotContain("k1:");
        });
    }

    private static long dbId(Household household) {
        return GlobalId.decode(household.elderId(), "id").id();
    }
}
