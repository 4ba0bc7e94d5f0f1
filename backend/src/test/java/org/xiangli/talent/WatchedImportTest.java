package org.xiangli.talent;

import org.springframework.core.ParameterizedTypeReference;
import org.xiangli.support.ApiTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * Base of the bulk import test and benchmark: uploads a workbook of generated rows, then looks at
 * its progress every 100 ms until it ends, asking the API something else at every look.
 */
abstract class WatchedImportTest extends ApiTest {

    record Watched(Map<String, Object> job, List<Integer> progress, int servedMeanwhile, Duration took) {
    }

    /** Imports the rows, waiting at most {@code limit} for the import to end. */
    Watched importWatched(int rows, Duration limit) throws Exception {
        String batch = "批量" + unique() + "-";
        List<List<String>> workbook = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            workbook.add(TalentExcelTest.row(batch + i, "1970", TalentRegistryTest.SHANGSHU_VILLAGE, "批量公司", ""));
        }
        long started = System.nanoTime();
        String id = TalentExcelTest.upload(http, tokenOf(ANJI_ADMIN), TalentExcelTest.workbook(workbook), false, "ALL_OR_NOTHING");
        List<Integer> progress = new CopyOnWriteArrayList<>();
        AtomicInteger served = new AtomicInteger();
        Map<String, Object> job = await().atMost(limit).pollInterval(Duration.ofMillis(100))
                .until(() -> look(id, progress, served), seen -> !"RUNNING".equals(seen.get("status")));
        return new Watched(job, progress, served.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The import as it is now; while it runs, its progress is noted and another request is answered. */
    private Map<String, Object> look(String id, List<Integer> progress, AtomicInteger served) {
        Map<String, Object> job = as(ANJI_ADMIN).document("""
                        query($id: ID!) { talentImport(id: $id) { status totalRows processedRows createdRows errorCount } }""")
                .variable("id", id).execute()
                .path("talentImport").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        if ("RUNNING".equals(job.get("status"))) {
            progress.add(((Number) job.get("processedRows")).intValue());
            as(SHANGSHU_ADMIN).document("{ region(code: \"330523200\") { name } }").execute()
                    .path("region.name").entity(String.class).isEqualTo("上墅乡");
            served.incrementAndGet();
        }
        return job;
    }
}
