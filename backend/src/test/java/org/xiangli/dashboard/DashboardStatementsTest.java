package org.xiangli.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xiangli.project.ProjectApiTest;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.support.SqlStatements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements one request of each of the dashboard's main views costs, with its documents as
 * the dashboard sends them (frontend/src/features): the same for a small county (one township,
 * village, project and talent) and a larger one (3 townships of 3 villages, 9 projects with more
 * funding and payments, 9 talents), and at most the stated budget. A change that makes a view's
 * cost grow with the rows, or adds statements to it, fails here.
 */
class DashboardStatementsTest extends ProjectApiTest {

    record Area(String county, String township, String village, String project, String marker) {
    }

    /**
     * @param budget the most statements one request may cost
     * @param exact  false where one loader serves two levels of the tree (region stats): whether both
     *               levels' keys share a batch depends on when the loader is dispatched, so the count
     *               is one of two, both within the budget, whatever the rows
     */
    record View(String name, int budget, boolean exact, String document, Function<Area, Map<String, Object>> variables) {

        View(String name, int budget, String document, Function<Area, Map<String, Object>> variables) {
            this(name, budget, true, document, variables);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Area small;
    private static Area large;

    static Stream<View> views() {
        return Stream.of(
                new View("overview: project status counts", 6, """
                        query OverviewProjectStatus($within: String) {
                          approved: projects(first: 0, filter: { within: $within, statuses: [APPROVED] }) { totalCount }
                          inProgress: projects(first: 0, filter: { within: $within, statuses: [IN_PROGRESS] }) { totalCount }
                          suspended: projects(first: 0, filter: { within: $within, statuses: [SUSPENDED] }) { totalCount }
                          completed: projects(first: 0, filter: { within: $within, statuses: [COMPLETED] }) { totalCount }
                          settled: projects(first: 0, filter: { within: $within, statuses: [SETTLED] }) { totalCount }
                          cancelled: projects(first: 0, filter: { within: $within, statuses: [CANCELLED] }) { totalCount }
                        }""", area -> Map.of("within", area.county())),
                new View("overview: project figures by township", 1, """
                        query OverviewProjectStats($groupBy: ProjectStatsGroup!, $within: String) {
                          projectStats(groupBy: $groupBy, filter: { within: $within }) {
                            key projects budget disbursed paid completed completionRate overdue overdueRate
                          }
                        }""", area -> Map.of("groupBy", "TOWNSHIP", "within", area.county())),
                new View("overview: talents by township", 2, """
                        query OverviewTalentTotals($within: String) {
                          talentTotals(within: $within) {
                            townshipCode township { code name } category people pledgedInvestment realisedInvestment donations jobsCreated
                          }
                        }""", area -> Map.of("within", area.county())),
                new View("project list", 5, """
                        query ProjectList($filter: ProjectFilter, $orderBy: ProjectSort, $first: Int, $after: String) {
                          projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                            totalCount
                            pageInfo { hasNextPage endCursor }
                            nodes {
                              id name category status year owner ownerRegionCode overdue reportedThrough createdAt
                              budgetTotal disbursedTotal paidTotal
                              villages { villageCode village { code name } }
                              progressReports { percentDone }
                            }
                          }
                        }""", area -> Map.of("filter", Map.of("within", area.county()), "first", 20)),
                new View("project detail", 8, """
                        query ProjectDetail($id: ID!) {
                          project(id: $id) {
                            id name category owner ownerRegionCode description year status statusReason published
                            plannedStart plannedEnd actualStart actualEnd overdue reportedThrough version createdAt updatedAt
                            budgetTotal disbursedTotal paidTotal
                            villages { villageCode share village { code name } }
                            funding { source budget disbursed paid }
                            fundMovements { kind source amount movedOn payee { kind name } voucherNo note recordedBy recordedAt }
                            progressReports {
                              id periodStart periodEnd percentDone moneySpent narrative reportedBy version createdAt
                              evidence { id fileName contentType sizeBytes url uploadedBy uploadedAt }
                            }
                            transitions { from to reason actor occurredAt }
                            bondStages { stage happenedOn amount note recordedBy }
                          }
                        }""", area -> Map.of("id", area.project())),
                new View("village profile", 7, false, """
                        query RegionProfile($code: String!) {
                          region(code: $code) {
                            id code name level kind syntheticCode description population households retired retiredReason
                            contact { name phone }
                            stats { townships villages population households }
                            parent { code name parent { code name } }
                            children { code name kind syntheticCode population households stats { population households villages } }
                            collectiveIncome { year amount }
                          }
                        }""", area -> Map.of("code", area.village())),
                new View("village profile: projects", 2, """
                        query RegionProjectList($code: String!) {
                          projects(first: 8, filter: { within: $code }) {
                            totalCount
                            nodes { id name status category year budgetTotal paidTotal overdue }
                          }
                        }""", area -> Map.of("code", area.village())),
                new View("village profile: talents", 4, """
                        query RegionTalentList($code: String!) {
                          talents(first: 8, filter: { within: $code }) {
                            totalCount
                            nodes { id name category whereabouts organisation title hometown { code name } }
                          }
                        }""", area -> Map.of("code", area.village())),
                new View("talent search", 3, """
                        query TalentSearch($query: String!, $filter: TalentFilter, $first: Int, $after: String) {
                          searchTalents(query: $query, filter: $filter, first: $first, after: $after) {
                            totalCount
                            pageInfo { hasNextPage endCursor }
                            edges { score node { id name hometownCode hometown { code name } category whereabouts industry
                                                 organisation title contact { phone } tags updatedAt } }
                          }
                        }""", area -> Map.of("query", area.marker(), "filter", Map.of("within", area.county()), "first", 20)),
                new View("alert console", 2, """
                        query ConsoleAlerts($filter: AlertFilter) {
                          alerts(first: 100, filter: $filter, orderBy: URGENCY) {
                            totalCount
                            nodes { id kind severity status villageCode raisedAt lastTriggeredAt triggerCount detail assignee
                                    acknowledgedAt onSiteAt resolvedAt outcome followedUpAt escalationLevel version
                                    elder { id name } device { id serial type } }
                          }
                        }""", area -> Map.of("filter", Map.of("within", area.county()))),
                new View("region tree", 5, false, """
                        query RegionTreeChildren($code: String!) {
                          region(code: $code) {
                            code
                            children {
                              code name level kind syntheticCode population households stats { population households }
                              children { code name level kind syntheticCode population households stats { population households } }
                            }
                          }
                        }""", area -> Map.of("code", area.county())));
    }

    @BeforeEach
    void areas() {
        synchronized (DashboardStatementsTest.class) {
            if (small == null) {
                small = area(1, 1, 1);
                large = area(3, 3, 2);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void aViewCostsTheSameStatementsWhateverTheRows(View view) {
        long forSmall = statements(view, small);
        long forLarge = statements(view, large);
        if (view.exact()) {
            assertThat(forLarge).as("%s: statements for the larger county (the small one took %d)", view.name(), forSmall).isEqualTo(forSmall);
        }
        assertThat(List.of(forSmall, forLarge)).as("%s: statements for the small and the larger county", view.name())
                .allMatch(count -> count <= view.budget());
        System.out.printf("Statements per request, %s: %d and %d%n", view.name(), forSmall, forLarge);
    }

    private long statements(View view, Area area) {
        SqlStatements.reset();
        as(PLATFORM_ADMIN).document(view.document()).variables(view.variables().apply(area)).execute().errors().verify();
        return SqlStatements.count();
    }

    /** A county with the given townships of villages; each village owns projects (more money in larger ones) and a talent. */
    private Area area(int townships, int villagesEach, int sources) {
        String county = freshCounty("计数县");
        String marker = "计数" + Integer.toString(unique(), 36) + "号";
        List<String> projects = new ArrayList<>();
        String firstTownship = null;
        String firstVillage = null;
        for (int t = 0; t < townships; t++) {
            String town = county + (100 + t);
            importUnits(new RegionImport.Unit(town, RegionKind.TOWN, county, "计数镇" + t, null, null, null, true));
            firstTownship = firstTownship == null ? town : firstTownship;
            for (int v = 0; v < villagesEach; v++) {
                String village = town + (200 + v);
                importUnits(new RegionImport.Unit(village, RegionKind.ADMINISTRATIVE_VILLAGE, town, "计数村" + t + v, null, 500, 200, true));
                firstVillage = firstVillage == null ? village : firstVillage;
                Map<String, String> budget = new HashMap<>(Map.of("COUNTY_FINANCE", "100.00"));
                if (sources > 1) {
                    budget.put("SOCIAL_CAPITAL", "50.00");
                }
                String project = createProject(PLATFORM_ADMIN, "计数项目" + t + v, village, budget, true);
                projects.add(project);
                for (int m = 0; m < sources; m++) {
                    money(PLATFORM_ADMIN, project, "DISBURSEMENT", "COUNTY_FINANCE", "10.00", "V-" + unique()).errors().verify();
                }
                as(PLATFORM_ADMIN).document("""
                                mutation($input: RegisterTalentInput!) { registerTalent(input: $input) { talent { id } } }""")
                        .variable("input", Map.of("name", "计数乡贤" + t + v, "gender", "FEMALE", "birthYear", 1980,
                                "hometownCode", village, "whereabouts", "INVESTING_FROM_AFAR", "category", "ENTREPRENEUR",
                                "tags", List.of(marker),
                                "consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY", "CONTACT"))))
                        .execute().path("registerTalent.talent.id").hasValue();
            }
        }
        return new Area(county, firstTownship, firstVillage, projects.getFirst(), marker);
    }
}
