package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.xiangli.graphql.GlobalId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PIPL art. 47 for elder care over HTTP with real tokens: an elder still in care is refused, a
 * departed elder's record is anonymised so that no table that held the elder (or their call tree)
 * keeps a personal value, the alert history and its counts stay, and the audit log names who, when,
 * the request and the reason.
 */
class ElderAnonymisationTest extends ElderCareApiTest {

    private static final String DEPART = """
            mutation($input: RecordElderDepartureInput!) { recordElderDeparture(input: $input) { elder { version departedOn } } }""";
    private static final String ANONYMISE = """
            mutation($input: AnonymiseElderInput!) { anonymiseElder(input: $input) {
              elder { name version anonymisedAt idNumber phone address healthNotes birthDate callTree { name } } } }""";

    @Test
    void aDepartedEldersRecordIsAnonymisedAndNothingPersonalRemains() {
        Household household = household(freshVillage());
        long elderId = GlobalId.decode(household.elderId(), "Elder", "id");
        Map<?, ?> elder = as(PLATFORM_ADMIN).document("""
                        query($id: ID!) { node(id: $id) { ... on Elder { name idNumber phone address healthNotes callTree { name phone } } } }""")
                .variable("id", household.elderId()).execute().path("node").entity(Map.class).get();
        List<String> personal = new ArrayList<>(List.of((String) elder.get("name"), (String) elder.get("idNumber"),
                (String) elder.get("phone"), (String) elder.get("address")));
        ((List<Map<String, String>>) elder.get("callTree")).forEach(contact -> personal.add(contact.get("name")));

        // an alert worked by the operator, whose notes name the elder and her family
        publish(household.panic(), event(newEventId(), household.panic(), "PRESSED", Instant.now(), null));
        await().untilAsserted(() -> assertThat(alertsOf(household)).isNotEmpty());
        Map alert = alertsOf(household).getLast();
        String contactName = personal.get(4);
        as(LINPING_OPERATOR).document("mutation($input: AlertStepInput!) { acknowledgeAlert(input: $input) { alert { version } } }")
                .variable("input", Map.of("id", alert.get("id"), "version", alert.get("version"),
                        "note", "接警，" + elder.get("name") + "摔倒，已电话通知" + contactName)).execute()
                .path("acknowledgeAlert.alert.version").hasValue();
        long alerts = count("SELECT COUNT(*) FROM alert WHERE elder_id = ?", elderId);
        long steps = count("SELECT COUNT(*) FROM alert_step s JOIN alert a ON a.id = s.alert_id WHERE a.elder_id = ?", elderId);

        // still in care: refused, whoever asks
        expectError(as(PLATFORM_ADMIN).document(ANONYMISE).variable("input", Map.of("id", household.elderId(), "version", 0,
                "reason", "PERSON_REQUESTED")).execute(), "BAD_REQUEST", "input.id");
        // the departure waits for the kit to be taken back
        expectError(as(LINPING_OPERATOR).document(DEPART).variable("input", Map.of("id", household.elderId(), "version", 0,
                "departedOn", LocalDate.now().minusDays(1).toString())).execute(), "BAD_REQUEST", "input.id");
        List<Map> kit = as(LINPING_OPERATOR).document("query($id: ID!) { node(id: $id) { ... on Elder { devices { id version } } } }")
                .variable("id", household.elderId()).execute().path("node.devices").entityList(Map.class).get();
        assertThat(kit).hasSize(3);
        kit.forEach(device -> as(LINPING_OPERATOR).document("""
                        mutation($input: DecommissionDeviceInput!) { decommissionDevice(input: $input) { device { decommissionedAt } } }""")
                .variable("input", Map.of("id", device.get("id"), "version", device.get("version"), "reason", "老人过世，收回设备"))
                .execute().path("decommissionDevice.device.decommissionedAt").hasValue());
        long version = as(LINPING_OPERATOR).document(DEPART).variable("input", Map.of("id", household.elderId(), "version", 0,
                        "departedOn", LocalDate.now().minusDays(1).toString())).execute()
                .path("recordElderDeparture.elder.departedOn").hasValue()
                .path("recordElderDeparture.elder.version").entity(Long.class).get();
        expectError(as(LINPING_OPERATOR).document(DEPART).variable("input", Map.of("id", household.elderId(), "version", 0,
                "departedOn", LocalDate.now().minusDays(1).toString())).execute(), "CONFLICT", "input.version");
        long auditBefore = count("SELECT COALESCE(MAX(id), 0) FROM audit_log");

        // who may: county and platform admins in scope; not the operators, not another county
        Map<String, Object> erase = Map.of("id", household.elderId(), "version", version, "reason", "PURPOSE_FULFILLED");
        assertThat(errorsOf(as(LINPING_OPERATOR).document(ANONYMISE).variable("input", erase).execute()))
                .singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "FORBIDDEN"));
        expectError(as(ANJI_ADMIN).document(ANONYMISE).variable("input", erase).execute(), "NOT_FOUND", "input.id");
        expectError(as(PLATFORM_ADMIN).document(ANONYMISE).variable("input", Map.of("id", household.elderId(), "version", version - 1,
                "reason", "PURPOSE_FULFILLED")).execute(), "CONFLICT", "input.version");

        as(PLATFORM_ADMIN).document(ANONYMISE).variable("input", erase).execute()
                .path("anonymiseElder.elder.name").entity(String.class).isEqualTo("已匿名-" + elderId)
                .path("anonymiseElder.elder.version").entity(Long.class).isEqualTo(version + 1)
                .path("anonymiseElder.elder.anonymisedAt").hasValue()
                .path("anonymiseElder.elder.idNumber").valueIsNull()
                .path("anonymiseElder.elder.phone").valueIsNull()
                .path("anonymiseElder.elder.address").valueIsNull()
                .path("anonymiseElder.elder.healthNotes").valueIsNull()
                .path("anonymiseElder.elder.birthDate").entity(String.class).isEqualTo("1900-01-01")
                .path("anonymiseElder.elder.callTree").entityList(Object.class).hasSize(0);
        // asked again: the same answer, nothing done twice
        as(PLATFORM_ADMIN).document(ANONYMISE).variable("input", erase).execute()
                .path("anonymiseElder.elder.version").entity(Long.class).isEqualTo(version + 1);

        // nothing personal in any table that held her; encrypted columns emptied, not just unreadable
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("SELECT * FROM elder WHERE id = ?").param(elderId).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM elder_contact WHERE elder_id = ?").param(elderId).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM elder_activity WHERE elder_id = ?").param(elderId).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM elder_silence WHERE elder_id = ?").param(elderId).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT * FROM alert WHERE elder_id = ?").param(elderId).query().listOfRows());
        rows.addAll(jdbc.sql("SELECT s.* FROM alert_step s JOIN alert a ON a.id = s.alert_id WHERE a.elder_id = ?").param(elderId)
                .query().listOfRows());
        assertThat(rows.toString()).doesNotContain(personal);
        assertThat(jdbc.sql("SELECT CONCAT_WS('|', id_number, phone, address, health_notes) FROM elder WHERE id = ?").param(elderId)
                .query(String.class).single()).isEmpty();

        // the alert history stays whole
        assertThat(count("SELECT COUNT(*) FROM alert WHERE elder_id = ?", elderId)).isEqualTo(alerts).isPositive();
        assertThat(count("SELECT COUNT(*) FROM alert_step s JOIN alert a ON a.id = s.alert_id WHERE a.elder_id = ?", elderId))
                .isEqualTo(steps);

        // the audit trail: one ANONYMISE entry with who, the request and why, nothing of what was erased
        List<Map<String, Object>> entries = jdbc.sql("SELECT * FROM audit_log WHERE id > ? ORDER BY id").param(auditBefore).query().listOfRows();
        assertThat(entries.toString()).doesNotContain(personal);
        assertThat(entries).filteredOn(e -> "ANONYMISE".equals(e.get("action"))).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("actor", PLATFORM_ADMIN).containsEntry("entity_type", "Elder").containsEntry("entity_id", elderId);
            assertThat(entry.get("request_id")).isNotNull();
            assertThat(entry.get("detail").toString()).contains("PURPOSE_FULFILLED");
        });

        // irreversible: the record no longer changes
        expectError(as(LINPING_OPERATOR).document("mutation($input: UpdateElderInput!) { updateElder(input: $input) { elder { id } } }")
                .variable("input", Map.of("id", household.elderId(), "version", version + 1, "name", elder.get("name"))).execute(),
                "BAD_REQUEST", "input.id");
    }
}
