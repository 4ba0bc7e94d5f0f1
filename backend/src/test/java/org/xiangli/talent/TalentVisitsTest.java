package org.xiangli.talent;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.xiangli.support.ApiTest;
import org.xiangli.support.SqlStatements;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiangli.talent.TalentRegistryTest.SHANGSHU_TOWNSHIP;
import static org.xiangli.talent.TalentRegistryTest.SHANGSHU_VILLAGE;
import static org.xiangli.talent.TalentRegistryTest.expectError;
import static org.xiangli.talent.TalentRegistryTest.register;

/**
 * Visits to talents over HTTP with real tokens: schedules by visitor role, the visit log, the list
 * of visits due, who may write and read, the event a visit that needs doing publishes, and the
 * statement count of the visit log on a page of talents.
 */
class TalentVisitsTest extends ApiTest {

    private static final String SCHEDULE = """
            mutation($input: ScheduleTalentVisitsInput!) { scheduleTalentVisits(input: $input) {
              schedule { id version visitorRole visitorName everyDays lastVisitedOn nextDueOn overdueDays talent { id } } } }""";
    private static final String CHANGE = """
            mutation($input: UpdateTalentVisitScheduleInput!) { updateTalentVisitSchedule(input: $input) {
              schedule { version everyDays nextDueOn } } }""";
    private static final String LOG = """
            mutation($input: LogTalentVisitInput!) { logTalentVisit(input: $input) {
              visit { id visitedOn visitorRole visitorName askedFor needsAction recordedBy } } }""";
    private static final String DUE = """
            query($w: String, $d: Int) { talentVisitsDue(within: $w, withinDays: $d, first: 100) { totalCount nodes {
              id visitorRole nextDueOn overdueDays talent { id } } } }""";
    private static final String PROFILE = """
            query($id: ID!) { node(id: $id) { ... on Talent {
              visitSchedules { visitorRole everyDays lastVisitedOn nextDueOn }
              visits { visitedOn visitorRole visitorName askedFor needsAction } } } }""";

    private static LocalDate today() {
        return CountyCalendar.today(Clock.systemUTC());
    }

    private static Map<String, Object> schedule(String talent, String role, int everyDays) {
        return Map.of("talentId", talent, "visitorRole", role, "visitorName", "联络领导" + role.length(), "everyDays", everyDays);
    }

    @Test
    void visitsAreScheduledLoggedAndListedWhenDue() {
        String talent = register(as(SHANGSHU_ADMIN), TalentRegistryTest.talent("走访乡贤" + unique(), SHANGSHU_VILLAGE));
        as(SHANGSHU_OFFICIAL).document(SCHEDULE).variable("input", schedule(talent, "VILLAGE_CADRE", 30)).execute()
                .path("scheduleTalentVisits.schedule.nextDueOn").entity(LocalDate.class).isEqualTo(today().plusDays(30))
                .path("scheduleTalentVisits.schedule.overdueDays").entity(Integer.class).isEqualTo(0)
                .path("scheduleTalentVisits.schedule.talent.id").entity(String.class).isEqualTo(talent);
        String leader = as(SHANGSHU_ADMIN).document(SCHEDULE).variable("input", schedule(talent, "LIAISON_LEADER", 3)).execute()
                .path("scheduleTalentVisits.schedule.id").entity(String.class).get();
        // one schedule per role; bad intervals name the field
        expectError(as(SHANGSHU_ADMIN).document(SCHEDULE).variable("input", schedule(talent, "VILLAGE_CADRE", 10)).execute(),
                "CONFLICT", "input.visitorRole");
        expectError(as(SHANGSHU_ADMIN).document(SCHEDULE).variable("input", schedule(talent, "PRINCIPAL_LEADER", 0)).execute(),
                "BAD_REQUEST", "input.everyDays");

        // due within a week: the leader's (in 3 days), not the cadre's (in 30)
        List<String> due = as(SHANGSHU_ADMIN).document(DUE).variable("w", SHANGSHU_TOWNSHIP).variable("d", 7).execute()
                .path("talentVisitsDue.nodes[?(@.talent.id == '%s')].visitorRole".formatted(talent)).entityList(String.class).get();
        assertThat(due).containsExactly("LIAISON_LEADER");
        // interval shortened to 1 day past: it is overdue... the schedule counts from today, so change it and log an old visit
        as(SHANGSHU_ADMIN).document(CHANGE).variable("input", Map.of("id", leader, "version", 0, "everyDays", 5)).execute()
                .path("updateTalentVisitSchedule.schedule.nextDueOn").entity(LocalDate.class).isEqualTo(today().plusDays(5));
        expectError(as(SHANGSHU_ADMIN).document(CHANGE).variable("input", Map.of("id", leader, "version", 0, "everyDays", 6)).execute(),
                "CONFLICT", "input.version");

        // a visit of the leader 20 days ago: the next is 15 days overdue
        String visited = today().minusDays(20).toString();
        as(SHANGSHU_OFFICIAL).document(LOG).variable("input", Map.of("talentId", talent, "visitedOn", visited,
                        "visitorRole", "LIAISON_LEADER", "visitorName", "乡联络领导", "askedFor", "了解近况")).execute()
                .path("logTalentVisit.visit").matchesJson("""
                        {"visitedOn": "%s", "visitorRole": "LIAISON_LEADER", "askedFor": "了解近况", "needsAction": false,
                         "recordedBy": "shangshu.official"}""".formatted(visited));
        as(SHANGSHU_ADMIN).document(DUE).variable("w", SHANGSHU_VILLAGE).variable("d", 0).execute()
                .path("talentVisitsDue.nodes[?(@.talent.id == '%s')].overdueDays".formatted(talent)).entityList(Integer.class).containsExactly(15);

        // what needs doing must say what (the event it publishes is checked by CrossModuleEventsTest)
        expectError(as(SHANGSHU_OFFICIAL).document(LOG).variable("input", Map.of("talentId", talent, "visitedOn", today().toString(),
                "visitorRole", "VILLAGE_CADRE", "visitorName", "村干部", "needsAction", true)).execute(), "BAD_REQUEST", "input.askedFor");
        expectError(as(SHANGSHU_OFFICIAL).document(LOG).variable("input", Map.of("talentId", talent, "visitedOn", today().plusDays(1).toString(),
                "visitorRole", "VILLAGE_CADRE", "visitorName", "村干部")).execute(), "BAD_REQUEST", "input.visitedOn");
        as(SHANGSHU_OFFICIAL).document(LOG).variable("input", Map.of("talentId", talent, "visitedOn", today().toString(),
                        "visitorRole", "VILLAGE_CADRE", "visitorName", "村干部", "askedFor", "厂房用电需要增容", "needsAction", true)).execute()
                .path("logTalentVisit.visit.needsAction").entity(Boolean.class).isEqualTo(true);
        // what needs doing is on the ledger of matters, once, in the talent's home village, reported by the visit's author
        as(SHANGSHU_ADMIN).document("""
                query($t: ID!) { matters(filter: {talentId: $t, statuses: []}) { totalCount nodes {
                  kind status title description regionCode reportedBy talent { id } } } }""").variable("t", talent).execute()
                .path("matters.totalCount").entity(Integer.class).isEqualTo(1)
                .path("matters.nodes[0]").matchesJson("""
                        {"kind": "PUBLIC_SERVICE", "status": "REPORTED", "title": "乡贤诉求：厂房用电需要增容", "description": "厂房用电需要增容",
                         "regionCode": "%s", "reportedBy": "shangshu.official", "talent": {"id": "%s"}}""".formatted(SHANGSHU_VILLAGE, talent));

        // the profile: schedules by role, the log newest first; the cadre's schedule moved with the visit
        as(ANJI_SUPERVISOR).document(PROFILE).variable("id", talent).execute()
                .path("node.visitSchedules[*].visitorRole").entityList(String.class).containsExactly("VILLAGE_CADRE", "LIAISON_LEADER")
                .path("node.visitSchedules[0].nextDueOn").entity(LocalDate.class).isEqualTo(today().plusDays(30))
                .path("node.visitSchedules[0].lastVisitedOn").entity(LocalDate.class).isEqualTo(today())
                .path("node.visits[*].askedFor").entityList(String.class).containsExactly("厂房用电需要增容", "了解近况");
    }

    @Test
    void officialsOfTheAreaWriteSupervisorsReadOthersSeeNothing() {
        String talent = register(as(SHANGSHU_ADMIN), TalentRegistryTest.talent("走访权限" + unique(), SHANGSHU_VILLAGE));
        Map<String, Object> visit = Map.of("talentId", talent, "visitedOn", today().toString(), "visitorRole", "PRINCIPAL_LEADER",
                "visitorName", "乡主要领导", "askedFor", "无");
        // another county's admin does not find the talent; supervisors and integrators may not write
        expectError(as(DEQING_ADMIN).document(LOG).variable("input", visit).execute(), "NOT_FOUND", "input.talentId");
        expectError(as(DEQING_ADMIN).document(SCHEDULE).variable("input", schedule(talent, "VILLAGE_CADRE", 30)).execute(),
                "NOT_FOUND", "input.talentId");
        for (String reader : List.of(ANJI_SUPERVISOR, INTEGRATOR)) {
            as(reader).document(LOG).variable("input", visit).execute().errors().satisfy(errors -> assertThat(errors)
                    .singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "FORBIDDEN")));
        }
        as(SHANGSHU_ADMIN).document(LOG).variable("input", visit).execute().path("logTalentVisit.visit.id").hasValue();
        as(SHANGSHU_ADMIN).document(SCHEDULE).variable("input", schedule(talent, "PRINCIPAL_LEADER", 1)).execute()
                .path("scheduleTalentVisits.schedule.id").hasValue();

        // supervisors read; integrators read the talent but no visits, and may not list what is due
        as(ANJI_SUPERVISOR).document(PROFILE).variable("id", talent).execute().path("node.visits").entityList(Object.class).hasSize(1);
        as(INTEGRATOR).document(PROFILE).variable("id", talent).execute().path("node.visits").entityList(Object.class).hasSize(0)
                .path("node.visitSchedules").entityList(Object.class).hasSize(0);
        as(INTEGRATOR).document(DUE).variable("w", SHANGSHU_VILLAGE).variable("d", 7).execute().errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "FORBIDDEN")));
        // the due list is scoped: Deqing's admin does not see Shangshu's schedules even when asking for them
        as(ANJI_SUPERVISOR).document(DUE).variable("w", SHANGSHU_VILLAGE).variable("d", 7).execute()
                .path("talentVisitsDue.nodes[*].talent.id").entityList(String.class).contains(talent);
        as(DEQING_ADMIN).document(DUE).variable("w", SHANGSHU_VILLAGE).variable("d", 7).execute()
                .path("talentVisitsDue.nodes").entityList(Object.class).hasSize(0)
                .path("talentVisitsDue.totalCount").entity(Integer.class).isEqualTo(0);
        graphQl.document(DUE).variable("w", SHANGSHU_VILLAGE).variable("d", 7).execute().errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
    }

    /** Role × operation for visits and the pipeline, including the grid roles (who keep no talents). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: visits due {1}, pipeline {2}, hall {3}")
    @org.junit.jupiter.params.provider.CsvSource({
            "anonymous, UNAUTHORIZED, UNAUTHORIZED, OK",
            "shangshu.official, OK, OK, OK",
            "anji.supervisor, OK, OK, OK",
            "demo-integrator, FORBIDDEN, OK, OK",
            "linping.operator, FORBIDDEN, FORBIDDEN, OK",
            "shangshu.grid, FORBIDDEN, FORBIDDEN, OK",
            "xu.yanliang, FORBIDDEN, FORBIDDEN, OK",
            "lijiaxiang.centre, FORBIDDEN, FORBIDDEN, OK"})
    void whoMayAskWhat(String user, String due, String pipeline, String hall) {
        HttpGraphQlTester client = "anonymous".equals(user) ? graphQl : as(user);
        outcome(client.document(DUE).variable("w", SHANGSHU_VILLAGE).variable("d", 7).execute(), due);
        outcome(client.document("{ talentInvestmentPipeline { stage } }").execute(), pipeline);
        outcome(client.document("{ talentHall(townshipCode: \"330523200\") { townshipName } }").execute(), hall);
        if (!"OK".equals(due)) {
            outcome(client.document(LOG).variable("input", Map.of("talentId", "VGFsZW50OjE=", "visitedOn", today().toString(),
                    "visitorRole", "VILLAGE_CADRE", "visitorName", "村干部")).execute(), due);
        }
    }

    private static void outcome(org.springframework.graphql.test.tester.GraphQlTester.Response response, String expected) {
        if ("OK".equals(expected)) {
            response.errors().verify();
        } else {
            response.errors().satisfy(errors -> assertThat(errors).singleElement()
                    .satisfies(e -> assertThat(e.getExtensions()).containsEntry("classification", expected)));
        }
    }

    @Test
    void theVisitLogOfAPageOfTalentsTakesAFixedNumberOfStatements() {
        String query = """
                query($w: String) { talents(first: 50, filter: {within: $w}) { nodes { id
                  visits { visitedOn visitorName askedFor }
                  visitSchedules { visitorRole nextDueOn overdueDays talent { name } } } } }""";
        String village = SHANGSHU_VILLAGE;
        for (int i = 0; i < 3; i++) {
            String talent = register(as(SHANGSHU_ADMIN), TalentRegistryTest.talent("走访计数" + unique(), village));
            as(SHANGSHU_ADMIN).document(SCHEDULE).variable("input", schedule(talent, "VILLAGE_CADRE", 30)).execute()
                    .path("scheduleTalentVisits.schedule.id").hasValue();
            as(SHANGSHU_ADMIN).document(LOG).variable("input", Map.of("talentId", talent, "visitedOn", today().toString(),
                    "visitorRole", "VILLAGE_CADRE", "visitorName", "村干部", "askedFor", "近况")).execute().path("logTalentVisit.visit.id").hasValue();
        }
        long few = statements(as(SHANGSHU_ADMIN), query, SHANGSHU_VILLAGE);
        long many = statements(as(SHANGSHU_ADMIN), query, "330523");
        assertThat(many).isEqualTo(few).isEqualTo(STATEMENTS);
    }

    /** Page and count, talents, visits, schedules, the schedules' talents (plus the caller's session setup). */
    private static final long STATEMENTS = 5;

    private static long statements(HttpGraphQlTester client, String query, String within) {
        SqlStatements.reset();
        client.document(query).variable("w", within).execute().path("talents.nodes").entityList(Object.class).hasSizeGreaterThan(2);
        return SqlStatements.count();
    }
}
