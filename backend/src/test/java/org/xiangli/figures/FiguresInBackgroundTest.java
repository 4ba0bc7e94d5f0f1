package org.xiangli.figures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.xiangli.project.ProjectApiTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slow figure (here every one: the threshold is zero) is answered from its last computation while
 * the next runs in the background, after a write and once half the freshness old, and is never
 * answered older than the freshness.
 */
@TestPropertySource(properties = "xiangli.figures.slow=0s")
class FiguresInBackgroundTest extends ProjectApiTest {

    private static final String BY_STATUS = """
            query($within: String) { projectStats(groupBy: STATUS, filter: { within: $within }) { key projects asOf } }""";

    @Autowired
    Figures figures;

    record Answer(Map<String, Long> projectsByStatus, Instant asOf) {
    }

    @BeforeEach
    void cold() {
        figures.clear();
    }

    @Test
    void afterAWriteTheLastAnswerComesAtOnceAndTheNewOneOnceComputed() throws InterruptedException {
        Answer before = byStatus();
        createProject("后台计数" + unique(), Map.of("COUNTY_FINANCE", "100000.00"), false);

        Answer atOnce = byStatus();
        assertThat(atOnce).as("the answer from before the write, while the next is computed").isEqualTo(before);

        long approved = before.projectsByStatus().getOrDefault("APPROVED", 0L);
        Answer computed = awaitAnswer(answer -> answer.projectsByStatus().getOrDefault("APPROVED", 0L) == approved + 1);
        assertThat(computed.asOf()).isAfterOrEqualTo(before.asOf());
        assertThat(byStatus()).as("the new answer, kept").isEqualTo(computed);
    }

    @Test
    void aFigureHalfTheFreshnessOldIsComputedAgainAndNoneOlderThanTheFreshnessIsAnswered() throws InterruptedException {
        Answer first = byStatus();
        clock.advance(Duration.ofSeconds(29));
        assertThat(byStatus()).as("younger than half the freshness: kept").isEqualTo(first);

        clock.advance(Duration.ofSeconds(2));
        assertThat(byStatus()).as("half the freshness old: answered, and computed again meanwhile").isEqualTo(first);
        Answer refreshed = awaitAnswer(answer -> answer.asOf().isAfter(first.asOf()));
        assertThat(refreshed.asOf()).isAfterOrEqualTo(first.asOf().plusSeconds(31));

        clock.advance(Duration.ofSeconds(61));
        Answer late = byStatus();
        assertThat(late.asOf()).as("older than the freshness: computed for this request").isAfterOrEqualTo(refreshed.asOf().plusSeconds(61));
        assertThat(late.projectsByStatus()).isEqualTo(first.projectsByStatus());
    }

    private Answer awaitAnswer(Predicate<Answer> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Answer answer = byStatus();
        while (!wanted.test(answer) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            answer = byStatus();
        }
        assertThat(answer).matches(wanted, "the answer computed in the background");
        return answer;
    }

    private Answer byStatus() {
        List<Map<String, Object>> rows = as(ANJI_ADMIN).document(BY_STATUS).variable("within", SHANGSHU).execute()
                .path("projectStats").entityList(MAP).get();
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(row -> counts.put((String) row.get("key"), ((Number) row.get("projects")).longValue()));
        return new Answer(counts, Instant.parse((String) rows.getFirst().get("asOf")));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
