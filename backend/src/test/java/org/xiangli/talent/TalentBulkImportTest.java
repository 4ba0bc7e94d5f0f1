package org.xiangli.talent;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 1,000-row workbook imports in the background: progress (written every 500 rows) can be watched
 * while it runs, other requests are answered meanwhile, and in the end every row is saved exactly
 * once. The same with 10,000 rows, timed, is {@link TalentImportBenchmark}.
 */
class TalentBulkImportTest extends WatchedImportTest {

    private static final int ROWS = 1_000;

    @Test
    void aBulkImportReportsProgressWhileOtherRequestsAreServed() throws Exception {
        Watched watched = importWatched(ROWS, Duration.ofMinutes(5));

        assertThat(watched.job()).containsEntry("status", "SUCCEEDED").containsEntry("totalRows", ROWS)
                .containsEntry("createdRows", ROWS).containsEntry("errorCount", 0);
        assertThat(watched.servedMeanwhile()).as("requests answered while the import ran").isPositive();
        assertThat(watched.progress()).as("progress reported while running")
                .anyMatch(processed -> processed > 0 && processed < ROWS).isSorted();
    }
}
