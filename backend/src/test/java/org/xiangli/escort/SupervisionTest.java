package org.xiangli.escort;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Supervisors' site checks with findings on the ledger, the risk register, and who may write what. */
@SuppressWarnings("unchecked")
class SupervisionTest extends EscortApiTest {

    private static final String CHECK = "siteCheck { id checkedOn checkers recordedBy findings { id kind status version owner { kind reference name } project { id } } }";

    private Map<String, Object> check(String project) {
        return mutate(ANJI_SUPERVISOR, "recordSiteCheck", "RecordSiteCheckInput", CHECK, Map.of("projectId", project,
                "checkedOn", today().toString(), "checkers", "上墅乡纪委 张纪", "summary", "艺术乡建过程性监督",
                "findings", List.of(finding("工程签证手续不全", SHANGSHU_VILLAGE))))
                .path("recordSiteCheck.siteCheck").entity(mapType()).get();
    }

    private Map<String, Object> finding(String title, String village) {
        return Map.of("title", title, "ownerKind", "VILLAGE", "owner", village,
                "deadline", clock.instant().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private Map<String, Object> step(String user, String mutation, String input, Map<String, Object> matter, Map<String, Object> extra) {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("id", matter.get("id"), "version", matter.get("version")));
        fields.putAll(extra);
        return mutate(user, mutation, input, "matter { id kind status version }", fields).path(mutation + ".matter").entity(mapType()).get();
    }

    @Test
    void aFindingIsAMatterOfTheResponsibleUnitClosedOnlyWhenTheSupervisorConfirmsTheRectification() {
        String project = escortedProject("监督检查" + unique());
        Map<String, Object> check = check(project);
        assertThat(check).containsEntry("recordedBy", ANJI_SUPERVISOR).containsEntry("checkedOn", today().toString());
        Map<String, Object> finding = ((List<Map<String, Object>>) check.get("findings")).getFirst();
        assertThat(finding).containsEntry("kind", "SUPERVISION_FINDING").containsEntry("status", "DISPATCHED");
        assertThat((Map<String, Object>) finding.get("owner")).containsEntry("kind", "VILLAGE").containsEntry("reference", SHANGSHU_VILLAGE);

        Map<String, Object> inHand = step(SHANGSHU_OFFICIAL, "acceptMatter", "MatterStepInput", finding, Map.of());
        Map<String, Object> done = step(SHANGSHU_OFFICIAL, "completeMatter", "CompleteMatterInput", inHand, Map.of("resolution", "已补齐签证手续"));
        assertThat(done).containsEntry("status", "DONE");
        for (String user : List.of(SHANGSHU_CENTRE, SHANGSHU_ADMIN, ANJI_ADMIN, SHANGSHU_OFFICIAL)) {
            var refused = mutate(user, "confirmMatter", "MatterStepInput", "matter { status }", Map.of("id", done.get("id"), "version", done.get("version")));
            expectError(refused, "FORBIDDEN", null);
        }
        Map<String, Object> closed = step(ANJI_SUPERVISOR, "confirmMatter", "MatterStepInput", done, Map.of("note", "复查整改到位"));
        assertThat(closed).containsEntry("status", "CLOSED");

        // the check and its finding as the project shows them, to the supervisor and the county's admin
        for (String user : List.of(ANJI_SUPERVISOR, ANJI_ADMIN)) {
            project(user, project, "siteChecks { checkers findings { status } }")
                    .path("project.siteChecks[0].findings[0].status").entity(String.class).isEqualTo("CLOSED");
        }
        // supervisors confirm only their findings
        String problem = as(SHANGSHU_ADMIN).document("mutation($i: ReportMatterInput!) { reportMatter(input: $i) { matter { id } } }")
                .variable("i", Map.of("kind", "PROJECT_PROBLEM", "title", "施工噪音扰民", "regionCode", SHANGSHU_VILLAGE, "projectId", project))
                .execute().path("reportMatter.matter.id").entity(String.class).get();
        assertThat(problem).isNotBlank();
    }

    @Test
    void badFindingsNameTheirFieldAndOnlySupervisorsRecordChecks() {
        String project = escortedProject("监督字段" + unique());
        var future = mutate(ANJI_SUPERVISOR, "recordSiteCheck", "RecordSiteCheckInput", CHECK, Map.of("projectId", project,
                "checkedOn", today().plusDays(2).toString(), "checkers", "县纪委", "findings", List.of()));
        expectError(future, "BAD_REQUEST", "input.checkedOn");
        var strangeVillage = mutate(ANJI_SUPERVISOR, "recordSiteCheck", "RecordSiteCheckInput", CHECK, Map.of("projectId", project,
                "checkedOn", today().toString(), "checkers", "县纪委", "findings", List.of(finding("台账不全", "330523200999"))));
        expectError(strangeVillage, "NOT_FOUND", "input.findings[0].owner");
        var past = mutate(ANJI_SUPERVISOR, "recordSiteCheck", "RecordSiteCheckInput", CHECK, Map.of("projectId", project,
                "checkedOn", today().toString(), "checkers", "县纪委", "findings", List.of(Map.of("title", "台账不全", "ownerKind", "VILLAGE",
                        "owner", SHANGSHU_VILLAGE, "deadline", Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS).toString()))));
        expectError(past, "BAD_REQUEST", "input.findings[0].deadline");
        // nothing of a refused check is kept
        project(ANJI_SUPERVISOR, project, "siteChecks { id } matters { id }")
                .path("project.siteChecks").entityList(Object.class).hasSize(0)
                .path("project.matters").entityList(Object.class).hasSize(0);

        for (String user : List.of(ANJI_ADMIN, SHANGSHU_ADMIN, SHANGSHU_OFFICIAL, SHANGSHU_CENTRE)) {
            var refused = mutate(user, "recordSiteCheck", "RecordSiteCheckInput", CHECK, Map.of("projectId", project,
                    "checkedOn", today().toString(), "checkers", "县纪委", "findings", List.of()));
            expectError(refused, "FORBIDDEN", null);
        }
    }

    @Test
    void theRiskRegisterIsTheSupervisorsToWriteAndTheAdminsToRead() {
        String project = escortedProject("风险台账" + unique());
        String risk = mutate(ANJI_SUPERVISOR, "addRiskPoint", "AddRiskPointInput", "riskPoint { id level }",
                Map.of("projectId", project, "description", "工程变更未经集体决策", "level", "HIGH"))
                .path("addRiskPoint.riskPoint.id").entity(String.class).get();
        Map<String, Object> measure = mutate(ANJI_SUPERVISOR, "addControlMeasure", "AddControlMeasureInput", "measure { id status version }",
                Map.of("riskPointId", risk, "what", "变更须经村民代表会议表决并公示", "who", "上墅村股份经济合作社"))
                .path("addControlMeasure.measure").entity(mapType()).get();
        assertThat(measure).containsEntry("status", "PLANNED");
        mutate(ANJI_SUPERVISOR, "updateControlMeasure", "UpdateControlMeasureInput", "measure { status }",
                Map.of("id", measure.get("id"), "version", measure.get("version"), "status", "IN_PLACE"))
                .path("updateControlMeasure.measure.status").entity(String.class).isEqualTo("IN_PLACE");
        expectError(mutate(ANJI_SUPERVISOR, "updateControlMeasure", "UpdateControlMeasureInput", "measure { status }",
                Map.of("id", measure.get("id"), "version", measure.get("version"), "status", "FAILING")), "CONFLICT", null);

        for (String user : List.of(ANJI_ADMIN, SHANGSHU_ADMIN)) {
            expectError(mutate(user, "addRiskPoint", "AddRiskPointInput", "riskPoint { id }",
                    Map.of("projectId", project, "description", "资金拨付不及时", "level", "LOW")), "FORBIDDEN", null);
            project(user, project, "riskPoints { level measures { status who } }")
                    .path("project.riskPoints[0].level").entity(String.class).isEqualTo("HIGH")
                    .path("project.riskPoints[0].measures[0].status").entity(String.class).isEqualTo("IN_PLACE");
        }
        // a supervisor of another county does not reach it
        expectError(mutate(DEQING_ADMIN, "escortProject", "EscortProjectInput", "project { id }",
                Map.of("projectId", project, "commissionerUsername", "deqing.admin", "commissionerName", "张三")), "NOT_FOUND", "input.projectId");
        expectError(mutate(SHANGSHU_OFFICIAL, "escortProject", "EscortProjectInput", "project { id }",
                Map.of("projectId", project, "commissionerUsername", "x.y", "commissionerName", "张三")), "FORBIDDEN", null);
        expectError(mutate(ANJI_SUPERVISOR, "escortProject", "EscortProjectInput", "project { id }",
                Map.of("projectId", project, "commissionerUsername", "x.y", "commissionerName", "张三")), "FORBIDDEN", null);
        // operators and the public read no supervision
        project(LINPING_OPERATOR, project, "id").path("project").valueIsNull();
    }
}
