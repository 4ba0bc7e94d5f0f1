package org.xiangli.escort;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Milestone templates, milestones made from them, marking one done, and the overdue sweep. */
@SuppressWarnings("unchecked")
class MilestonesTest extends EscortApiTest {

    private static final String TEMPLATE = "template { id county category version steps { name offsetDays } }";

    private Map<String, Object> setTemplate(String user, List<Map<String, Object>> steps) {
        var current = as(ANJI_ADMIN).document("{ milestoneTemplates { category version } }").execute()
                .path("milestoneTemplates[?(@.category == 'COMMON_PROSPERITY')].version").entityList(Integer.class).get();
        Map<String, Object> input = new java.util.HashMap<>(Map.of("category", "COMMON_PROSPERITY", "steps", steps));
        if (!current.isEmpty()) {
            input.put("version", current.getFirst());
        }
        return mutate(user, "setMilestoneTemplate", "SetMilestoneTemplateInput", TEMPLATE, input)
                .path("setMilestoneTemplate.template").entity(mapType()).get();
    }

    private static final List<Map<String, Object>> STEPS = List.of(
            Map.of("name", "土地摘牌", "offsetDays", 1), Map.of("name", "开工", "offsetDays", 30),
            Map.of("name", "入库", "offsetDays", 60), Map.of("name", "竣工", "offsetDays", 300), Map.of("name", "投产", "offsetDays", 360));

    @Test
    void aCountyAdminSetsTheTemplateAndAnEscortedProjectGetsItsMilestones() {
        Map<String, Object> template = setTemplate(ANJI_ADMIN, STEPS);
        assertThat(template).containsEntry("county", ANJI).containsEntry("category", "COMMON_PROSPERITY");
        assertThat((List<?>) template.get("steps")).hasSize(5);

        var refused = mutate(SHANGSHU_ADMIN, "setMilestoneTemplate", "SetMilestoneTemplateInput", TEMPLATE,
                Map.of("category", "COMMON_PROSPERITY", "steps", STEPS));
        expectError(refused, "FORBIDDEN", null);
        var unordered = mutate(ANJI_ADMIN, "setMilestoneTemplate", "SetMilestoneTemplateInput", TEMPLATE,
                Map.of("category", "COMMON_PROSPERITY", "steps", List.of(Map.of("name", "开工", "offsetDays", 30),
                        Map.of("name", "入库", "offsetDays", 10))));
        expectError(unordered, "BAD_REQUEST", "input.steps[1].offsetDays");
        var stale = mutate(ANJI_ADMIN, "setMilestoneTemplate", "SetMilestoneTemplateInput", TEMPLATE,
                Map.of("category", "COMMON_PROSPERITY", "steps", STEPS, "version", ((Number) template.get("version")).intValue() + 5));
        expectError(stale, "CONFLICT", null);

        String project = escortedProject("护航模板" + unique());
        List<Map<String, Object>> milestones = milestones(ANJI_ADMIN, project);
        assertThat(milestones).extracting(m -> m.get("name")).containsExactly("土地摘牌", "开工", "入库", "竣工", "投产");
        assertThat(milestones.get(1).get("deadline")).isEqualTo(today().plusDays(30).toString());
        assertThat(milestones).allSatisfy(m -> assertThat(m).containsEntry("overdue", false).containsEntry("doneOn", null));

        // escorting again changes the commissioner only, with the escort's version
        expectError(escort(SHANGSHU_ADMIN, project, null), "CONFLICT", "input.version");
        int version = project(ANJI_ADMIN, project, "escort { version }").path("project.escort.version").entity(Integer.class).get();
        escort(SHANGSHU_ADMIN, project, version).path("escortProject.project.escort.milestones").entityList(Object.class).hasSize(5);
        expectError(escort(SHANGSHU_ADMIN, project, version), "CONFLICT", null);
    }

    @Test
    void aMilestoneIsDoneOnADayThatHasComeAndAStaleVersionIsAConflict() {
        String project = escortedProject("护航完成" + unique());
        Map<String, Object> first = milestones(SHANGSHU_ADMIN, project).getFirst();
        String input = "CompleteMilestoneInput";
        String fields = "milestone { " + MILESTONE + " }";
        var future = mutate(SHANGSHU_ADMIN, "completeMilestone", input, fields,
                Map.of("id", first.get("id"), "version", first.get("version"), "doneOn", today().plusDays(1).toString()));
        expectError(future, "BAD_REQUEST", "input.doneOn");
        var done = mutate(SHANGSHU_ADMIN, "completeMilestone", input, fields,
                Map.of("id", first.get("id"), "version", first.get("version"), "doneOn", today().toString()))
                .path("completeMilestone.milestone").entity(mapType()).get();
        assertThat(done).containsEntry("doneOn", today().toString());
        var stale = mutate(SHANGSHU_ADMIN, "completeMilestone", input, fields, Map.of("id", first.get("id"), "version", first.get("version")));
        expectError(stale, "CONFLICT", null);

        var renamed = mutate(SHANGSHU_ADMIN, "updateMilestone", "UpdateMilestoneInput", "milestone { " + MILESTONE + " }",
                Map.of("id", milestones(SHANGSHU_ADMIN, project).get(1).get("id"), "version", milestones(SHANGSHU_ADMIN, project).get(1).get("version"),
                        "responsible", "李明华", "deadline", today().plusDays(3).toString()))
                .path("updateMilestone.milestone").entity(mapType()).get();
        assertThat(renamed).containsEntry("deadline", today().plusDays(3).toString());
        assertThat((String) renamed.get("responsible")).startsWith("李");
        // the supervisor reads the milestones, but a village official may not change them, nor a supervisor
        assertThat(milestones(ANJI_SUPERVISOR, project)).hasSize(milestones(ANJI_ADMIN, project).size());
        var official = mutate(SHANGSHU_OFFICIAL, "updateMilestone", "UpdateMilestoneInput", "milestone { id }",
                Map.of("id", renamed.get("id"), "version", renamed.get("version"), "name", "开工仪式"));
        expectError(official, "FORBIDDEN", null);
        var supervisor = mutate(ANJI_SUPERVISOR, "updateMilestone", "UpdateMilestoneInput", "milestone { id }",
                Map.of("id", renamed.get("id"), "version", renamed.get("version"), "name", "开工仪式"));
        expectError(supervisor, "FORBIDDEN", null);
    }

    @Test
    void aMilestonePastItsDeadlineBecomesOneMatterOwnedByTheCommissioner() {
        String project = escortedProject("护航逾期" + unique());
        Map<String, Object> first = milestones(SHANGSHU_ADMIN, project).getFirst();
        mutate(SHANGSHU_ADMIN, "updateMilestone", "UpdateMilestoneInput", "milestone { id }",
                Map.of("id", first.get("id"), "version", first.get("version"), "deadline", today().plusDays(1).toString())).errors().verify();
        sweepMilestones();
        assertThat(milestones(SHANGSHU_ADMIN, project).getFirst()).containsEntry("overdue", false).containsEntry("overdueMatter", null);

        clock.advance(Duration.ofDays(3));
        sweepMilestones();
        sweepMilestones();
        Map<String, Object> overdue = milestones(SHANGSHU_ADMIN, project).getFirst();
        assertThat(overdue).containsEntry("overdue", true);
        assertThat((Map<String, Object>) overdue.get("overdueMatter")).containsEntry("kind", "MILESTONE_OVERDUE").containsEntry("status", "DISPATCHED");
        List<Map<String, Object>> matters = project(SHANGSHU_ADMIN, project, "matters { kind reportedBy owner { kind name } title }")
                .path("project.matters").entityList(mapType()).get();
        assertThat(matters).filteredOn(m -> "MILESTONE_OVERDUE".equals(m.get("kind"))).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("reportedBy", "system");
            assertThat((Map<String, Object>) m.get("owner")).containsEntry("kind", "DEPARTMENT").containsEntry("name", "项目专员王**");
        });
    }

    @Test
    void aProblemRaisedOnTheProjectIsAMatterOfTheProject() {
        String project = escortedProject("护航问题" + unique());
        as(SHANGSHU_ADMIN).document("mutation($i: ReportMatterInput!) { reportMatter(input: $i) { matter { id } } }")
                .variable("i", Map.of("kind", "PROJECT_PROBLEM", "title", "施工便道占用农田", "regionCode", SHANGSHU_VILLAGE, "projectId", project))
                .execute().errors().verify();
        project(SHANGSHU_ADMIN, project, "matters { kind title project { id } }")
                .path("project.matters[0].kind").entity(String.class).isEqualTo("PROJECT_PROBLEM")
                .path("project.matters[0].project.id").entity(String.class).isEqualTo(project);
        // the village official reads the ledger of their village
        project(SHANGSHU_OFFICIAL, project, "matters { kind }").path("project.matters").entityList(Object.class).hasSize(1);
    }
}
