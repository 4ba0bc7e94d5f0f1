package org.xiangli.escort;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.xiangli.project.ProjectApiTest;
import org.xiangli.security.CurrentCaller;

import java.util.List;
import java.util.Map;

/** Fixtures of the escort and supervision tests: escorted projects in 上墅村, over GraphQL. */
abstract class EscortApiTest extends ProjectApiTest {

    static final String MILESTONE = "id position name deadline responsible doneOn overdue version overdueMatter { id kind status }";
    static final String ESCORT = "escort { commissioner { username name } escortedBy version milestones { " + MILESTONE + " } }";

    @Autowired
    MilestoneSweep sweep;

    /** The escort's share of the escalation sweep, as the schedule runs it, at the test clock's instant. */
    int sweepMilestones() {
        return CurrentCaller.asSystem(() -> sweep.escalateDue(clock.instant()));
    }

    /** A fresh project of 上墅村 (COMMON_PROSPERITY), escorted by 上墅乡's admin with a commissioner. */
    String escortedProject(String name) {
        String project = createProject(name, Map.of("COUNTY_FINANCE", "100.00"), false);
        escort(SHANGSHU_ADMIN, project, null).errors().verify();
        return project;
    }

    GraphQlTester.Response escort(String user, String project, Integer version) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("projectId", project, "commissionerUsername", "shangshu.admin",
                "commissionerName", "王建国"));
        if (version != null) {
            input.put("version", version);
        }
        return as(user).document("mutation($i: EscortProjectInput!) { escortProject(input: $i) { project { id " + ESCORT + " } } }")
                .variable("i", input).execute();
    }

    List<Map<String, Object>> milestones(String user, String project) {
        return as(user).document("query($id: ID!) { project(id: $id) { " + ESCORT + " } }").variable("id", project).execute()
                .path("project.escort.milestones").entityList(mapType()).get();
    }

    GraphQlTester.Response project(String user, String project, String fields) {
        return as(user).document("query($id: ID!) { project(id: $id) { " + fields + " } }").variable("id", project).execute();
    }

    GraphQlTester.Response mutate(String user, String mutation, String inputType, String fields, Map<String, Object> input) {
        return as(user).document("mutation($i: " + inputType + "!) { " + mutation + "(input: $i) { " + fields + " } }")
                .variable("i", input).execute();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Class<Map<String, Object>> mapType() {
        return (Class) Map.class;
    }
}
