package org.xiangli.figures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.xiangli.project.ProjectApiTest;
import org.xiangli.support.SqlStatements;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Platform-wide figures ({@code projectStats}, {@code talentTotals}, a list's {@code totalCount}) are computed once per question
 * and scope for the freshness (60 s), say when in {@code asOf}, are computed anew after a write
 * through the API, and are never answered to a caller of another scope.
 */
class FiguresTest extends ProjectApiTest {

    private static final String BY_STATUS = """
            query($within: String) { projectStats(groupBy: STATUS, filter: { within: $within }) { key projects asOf } }""";
    private static final String TALENT_TOTALS = """
            query($within: String) { talentTotals(within: $within) { townshipCode category people asOf } }""";
    private static final String PROJECT_TOTAL = """
            query($within: String) { projects(first: 0, filter: { within: $within }) { totalCount } }""";
    private static final String REGISTER = """
            mutation($input: RegisterTalentInput!) { registerTalent(input: $input) { talent { id } } }""";

    @Autowired
    Figures figures;

    record Answer(Map<String, Long> projectsByStatus, long statements, Instant asOf) {
    }

    @BeforeEach
    void cold() {
        figures.clear();
    }

    @Test
    void aSecondIdenticalRequestWithinTheFreshnessCostsNoStatement() {
        Instant asked = clock.instant();
        Answer first = byStatus(ANJI_ADMIN, SHANGSHU);
        Answer second = byStatus(ANJI_ADMIN, SHANGSHU);

        assertThat(first.statements()).isEqualTo(1);
        assertThat(second.statements()).as("statements of the same question again").isZero();
        assertThat(second).isEqualTo(new Answer(first.projectsByStatus(), 0, first.asOf()));
        assertThat(first.asOf()).isBetween(asked, clock.instant());

        SqlStatements.reset();
        List<?> rows = as(ANJI_ADMIN).document(TALENT_TOTALS).variable("within", SHANGSHU).execute().path("talentTotals").entityList(Map.class).get();
        assertThat(SqlStatements.count()).isEqualTo(1);
        SqlStatements.reset();
        as(ANJI_ADMIN).document(TALENT_TOTALS).variable("within", SHANGSHU).execute().path("talentTotals").entityList(Map.class).isEqualTo(rows);
        assertThat(SqlStatements.count()).as("statements of the same talent totals again").isZero();
    }

    @Test
    void aFigureOlderThanTheFreshnessIsComputedAnew() {
        Answer first = byStatus(ANJI_ADMIN, SHANGSHU);
        clock.advance(Duration.ofSeconds(59));
        assertThat(byStatus(ANJI_ADMIN, SHANGSHU).asOf()).isEqualTo(first.asOf());

        clock.advance(Duration.ofSeconds(2));
        Answer later = byStatus(ANJI_ADMIN, SHANGSHU);

        assertThat(later.statements()).isEqualTo(1);
        assertThat(later.asOf()).isAfterOrEqualTo(first.asOf().plusSeconds(61));
    }

    @Test
    void aWriteIsSeenInTheNextAnswer() {
        Map<String, Long> before = byStatus(ANJI_ADMIN, SHANGSHU).projectsByStatus();

        String project = createProject("计数缓存" + unique(), Map.of("COUNTY_FINANCE", "100000.00"), false);
        Map<String, Long> created = byStatus(ANJI_ADMIN, SHANGSHU).projectsByStatus();
        moveTo(project, "IN_PROGRESS");
        Map<String, Long> started = byStatus(ANJI_ADMIN, SHANGSHU).projectsByStatus();

        assertThat(created.get("APPROVED")).isEqualTo(before.getOrDefault("APPROVED", 0L) + 1);
        assertThat(started.get("APPROVED")).isEqualTo(before.getOrDefault("APPROVED", 0L));
        assertThat(started.get("IN_PROGRESS")).isEqualTo(before.getOrDefault("IN_PROGRESS", 0L) + 1);

        long people = talentPeople(ANJI_ADMIN, SHANGSHU);
        as(SHANGSHU_ADMIN).document(REGISTER).variable("input", Map.of("name", "缓存乡贤" + unique(), "gender", "FEMALE", "birthYear", 1980,
                        "hometownCode", SHANGSHU_VILLAGE, "whereabouts", "INVESTING_FROM_AFAR", "category", "ENTREPRENEUR",
                        "consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY"))))
                .execute().path("registerTalent.talent.id").hasValue();
        assertThat(talentPeople(ANJI_ADMIN, SHANGSHU)).isEqualTo(people + 1);
    }

    @Test
    void callersOfDifferentScopesNeverGetEachOthersFigures() {
        Answer platform = byStatus(PLATFORM_ADMIN, null);
        Answer anji = byStatus(ANJI_ADMIN, null);
        Answer deqing = byStatus(DEQING_ADMIN, null);
        Answer anjiAsked = byStatus(PLATFORM_ADMIN, ANJI);

        assertThat(List.of(anji.statements(), deqing.statements())).as("each scope computes its own").containsOnly(1L);
        assertThat(total(anji)).isPositive().isLessThan(total(platform));
        assertThat(anji.projectsByStatus()).isEqualTo(anjiAsked.projectsByStatus()).isNotEqualTo(deqing.projectsByStatus());
        assertThat(byStatus(ANJI_ADMIN, null).statements()).as("the county's own answer, kept").isZero();
        assertThat(byStatus(ANJI_ADMIN, null).projectsByStatus()).isEqualTo(anji.projectsByStatus());

        List<Map<String, Object>> everywhere = talentTotals(PLATFORM_ADMIN);
        List<Map<String, Object>> anjiTalents = talentTotals(ANJI_ADMIN);
        List<Map<String, Object>> deqingTalents = talentTotals(DEQING_ADMIN);
        assertThat(anjiTalents).isNotEmpty().allSatisfy(row -> assertThat((String) row.get("townshipCode")).startsWith(ANJI));
        assertThat(deqingTalents).noneSatisfy(row -> assertThat((String) row.get("townshipCode")).startsWith(ANJI));
        assertThat(everywhere.size()).isGreaterThan(anjiTalents.size());
    }

    @Test
    void aListsTotalIsCountedOncePerScopeAndAgainAfterAWrite() {
        long[] first = projectTotal(ANJI_ADMIN, SHANGSHU);
        long[] again = projectTotal(ANJI_ADMIN, SHANGSHU);
        assertThat(first[1]).isEqualTo(1);
        assertThat(again).as("total and statements of the same list again").containsExactly(first[0], 0);

        long[] anji = projectTotal(ANJI_ADMIN, null);
        long[] deqing = projectTotal(DEQING_ADMIN, null);
        long[] platform = projectTotal(PLATFORM_ADMIN, null);
        assertThat(List.of(anji[1], deqing[1], platform[1])).as("each scope counts its own").containsOnly(1L);
        assertThat(anji[0]).isNotEqualTo(deqing[0]).isLessThan(platform[0]);

        createProject("计数总数" + unique(), Map.of("COUNTY_FINANCE", "100000.00"), false);
        assertThat(projectTotal(ANJI_ADMIN, SHANGSHU)).containsExactly(first[0] + 1, 1);
        assertThat(projectTotal(PLATFORM_ADMIN, null)[0]).isEqualTo(platform[0] + 1);
    }

    /** The total of the projects within the unit as the user counts them, and the statements it cost. */
    private long[] projectTotal(String user, String within) {
        SqlStatements.reset();
        long total = as(user).document(PROJECT_TOTAL).variable("within", within).execute().path("projects.totalCount").entity(Long.class).get();
        return new long[] {total, SqlStatements.count()};
    }

    private Answer byStatus(String user, String within) {
        SqlStatements.reset();
        GraphQlTester.Response response = as(user).document(BY_STATUS).variable("within", within).execute();
        long statements = SqlStatements.count();
        List<Map<String, Object>> rows = response.path("projectStats").entityList(MAP).get();
        Map<String, Long> counts = new java.util.TreeMap<>();
        rows.forEach(row -> counts.put((String) row.get("key"), ((Number) row.get("projects")).longValue()));
        assertThat(rows).extracting(row -> row.get("asOf")).as("one asOf per answer").containsOnly(rows.getFirst().get("asOf"));
        return new Answer(counts, statements, Instant.parse((String) rows.getFirst().get("asOf")));
    }

    private long total(Answer answer) {
        return answer.projectsByStatus().values().stream().mapToLong(Long::longValue).sum();
    }

    private long talentPeople(String user, String within) {
        return as(user).document(TALENT_TOTALS).variable("within", within).execute().path("talentTotals").entityList(MAP).get()
                .stream().mapToLong(row -> ((Number) row.get("people")).longValue()).sum();
    }

    private List<Map<String, Object>> talentTotals(String user) {
        return as(user).document(TALENT_TOTALS).variable("within", null).execute().path("talentTotals").entityList(MAP).get();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
