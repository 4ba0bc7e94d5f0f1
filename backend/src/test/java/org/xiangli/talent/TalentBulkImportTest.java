package org.xiangli.talent;

import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.xiangli.support.ApiTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 10,000-row workbook imports in the background: progress can be watched while it runs, other
 * requests are answered meanwhile, and in the end every row is saved exactly once.
 */
class TalentBulkImportTest extends ApiTest {

    private static final int ROWS = 10_000;

    @Test
    void tenThousandRowsImportWithProgressWhileOtherRequestsAreServed() throws Exception {
        String batch = "批量" + unique() + "-";
        List<List<String>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(TalentExcelTest.row(batch + i, "1970", TalentRegistryTest.SHANGSHU_VILLAGE, "批量公司", ""));
        }
        String id = TalentExcelTest.upload(http, tokenOf(ANJI_ADMIN), TalentExcelTest.workbook(rows), false, "ALL_OR_NOTHING");

        List<Integer> progress = new ArrayList<>();
        int servedMeanwhile = 0;
        Map<String, Object> job = job(id);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while ("RUNNING".equals(job.get("status")) && Instant.now().isBefore(deadline)) {
            progress.add(((Number) job.get("processedRows")).intValue());
            as(SHANGSHU_ADMIN).document("{ region(code: \"330523200\") { name } }").execute()
                    .path("region.name").entity(String.class).isEqualTo("上墅乡");
            servedMeanwhile++;
            job = job(id);
        }
        assertThat(job).containsEntry("status", "SUCCEEDED").containsEntry("totalRows", ROWS)
                .containsEntry("createdRows", ROWS).containsEntry("errorCount", 0);
        assertThat(servedMeanwhile).as("requests answered while the import ran").isPositive();
        assertThat(progress).as("progress reported while running").anyMatch(processed -> processed > 0 && processed < ROWS)
                .isSorted();
    }

    private Map<String, Object> job(String id) {
        return as(ANJI_ADMIN).document("""
                        query($id: ID!) { talentImport(id: $id) { status totalRows processedRows createdRows errorCount } }""")
                .variable("id", id).execute()
                .path("talentImport").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
    }
}
