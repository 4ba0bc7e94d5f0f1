package org.xiangli.talent;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 10,000-row workbook imported in the background while its progress is watched and other requests
 * are served: prints how long it took and how many requests were answered meanwhile. Run with
 * {@code ./mvnw -Pbench test -Dtest=TalentImportBenchmark}; asserts nothing about time.
 */
@Tag("benchmark")
class TalentImportBenchmark extends WatchedImportTest {

    private static final int ROWS = 10_000;

    @Test
    void tenThousandRows() throws Exception {
        Watched watched = importWatched(ROWS, Duration.ofMinutes(30));

        assertThat(watched.job()).containsEntry("status", "SUCCEEDED").containsEntry("createdRows", ROWS);
        System.out.printf("import of %,d rows: %d ms (%.0f rows/s), %d progress looks, %d other requests answered meanwhile%n",
                ROWS, watched.took().toMillis(), ROWS * 1000.0 / watched.took().toMillis(), watched.progress().size(),
                watched.servedMeanwhile());
    }
}
