package org.xiangli.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiangli.support.ApiTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Latency of a filtered, paginated project list and of the township aggregate over 200,000
 * generated projects (20 counties × 10 townships × 20 villages × 50 projects), over HTTP on the real
 * database. Run with {@code ./mvnw -Pbench test}; prints figures, asserts nothing about time.
 */
@Tag("benchmark")
class ProjectListBenchmark extends ApiTest {

    private static final int COUNTIES = 20;
    private static final int TOWNSHIPS = 10;
    private static final int VILLAGES = 20;
    private static final int PER_VILLAGE = 50;
    private static final String[] CATEGORIES = {"GOVERNMENT_INVESTMENT", "COMMON_PROSPERITY", "SPECIAL_BOND", "AGRICULTURE",
            "DIGITAL", "COLLECTIVE_ECONOMY", "INDUSTRY", "CULTURE_TOURISM", "TRANSPORT", "OTHER"};
    private static final String[] STATUSES = {"APPROVED", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "SUSPENDED",
            "COMPLETED", "COMPLETED", "SETTLED", "CANCELLED"};

    @Autowired
    JdbcClient jdbc;

    @Test
    void filteredListAndTownshipAggregateOver200000Projects() {
        List<String> counties = new ArrayList<>();
        for (int c = 0; c < COUNTIES; c++) {
            counties.add(freshCounty("基准县" + c));
        }
        long started = System.nanoTime();
        counties.forEach(this::generate);
        long total = jdbc.sql("SELECT COUNT(*) FROM project").query(Long.class).single();
        System.out.printf("%n[benchmark] generated %d projects in %.1f s (%d in the table)%n",
                COUNTIES * TOWNSHIPS * VILLAGES * PER_VILLAGE, (System.nanoTime() - started) / 1e9, total);
        jdbc.sql("ANALYZE TABLE project").query().listOfRows();

        String county = counties.get(COUNTIES / 2);
        String list = """
                query($c: String!, $after: String) {
                  projects(first: 20, after: $after, filter: {within: $c, statuses: [IN_PROGRESS], categories: [TRANSPORT, COMMON_PROSPERITY]}) {
                    totalCount
                    pageInfo { endCursor hasNextPage }
                    nodes { id name status category budgetTotal paidTotal overdue plannedEnd }
                  }
                }""";
        String firstPageEnd = as(PLATFORM_ADMIN).document(list).variable("c", county).execute()
                .path("projects.nodes").entityList(Object.class).hasSize(20)
                .path("projects.pageInfo.endCursor").entity(String.class).get();
        Latency.measure("filtered project list (county of 10,000; status + 2 categories; first 20 + totalCount)", 30, 300,
                i -> as(PLATFORM_ADMIN).document(list).variable("c", county).variable("after", i % 2 == 0 ? null : firstPageEnd)
                        .execute().path("projects.nodes").entityList(Object.class).hasSize(20));

        String aggregate = """
                query($c: String) {
                  projectStats(groupBy: TOWNSHIP, filter: {within: $c}) { key projects budget disbursed paid completionRate overdueRate }
                }""";
        Latency.measure("township aggregate (county of 10,000 projects)", 30, 300,
                i -> as(PLATFORM_ADMIN).document(aggregate).variable("c", county).execute()
                        .path("projectStats").entityList(Object.class).hasSize(TOWNSHIPS));
        Latency.measure("township aggregate (whole platform, 200,000+ projects)", 5, 50,
                i -> as(PLATFORM_ADMIN).document(aggregate).execute()
                        .path("projectStats").entityList(Object.class).hasSizeGreaterThan(COUNTIES * TOWNSHIPS - 1));
    }

    /** Multi-row INSERTs as the platform would hold them; the numbers are random but plausible. */
    private void generate(String county) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        StringJoiner rows = new StringJoiner(",");
        int inBatch = 0;
        for (int t = 0; t < TOWNSHIPS; t++) {
            String township = county + (100 + t);
            for (int v = 0; v < VILLAGES; v++) {
                String village = township + (200 + v);
                for (int p = 0; p < PER_VILLAGE; p++) {
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    long budget = 10_000 + random.nextLong(5_000_000);
                    long disbursed = budget * random.nextInt(101) / 100;
                    long paid = disbursed * random.nextInt(101) / 100;
                    LocalDate start = today.minusDays(random.nextInt(700));
                    LocalDate reported = "APPROVED".equals(status) ? null : today.minusDays(random.nextInt(60));
                    rows.add("('%s','%s','%s','项目%s-%d','%s','村集体',%d,'%s',%s,'%s',%s,%d.00,%d.00,%d.00,0,'%s','%s')".formatted(
                            village, county, township, village, p, CATEGORIES[random.nextInt(CATEGORIES.length)], start.getYear(), status,
                            random.nextBoolean() ? "TRUE" : "FALSE", start, reported == null ? "NULL" : "'" + reported + "'",
                            budget, disbursed, paid, now.toString().replace("T", " ").replace("Z", ""),
                            now.toString().replace("T", " ").replace("Z", "")));
                    if (++inBatch == 2000) {
                        insert(rows.toString());
                        rows = new StringJoiner(",");
                        inBatch = 0;
                    }
                }
            }
        }
        if (inBatch > 0) {
            insert(rows.toString());
        }
    }

    private void insert(String values) {
        jdbc.sql("""
                INSERT INTO project (region_code, county_code, township_code, name, category, owner, year, status, published, actual_start,
                                     reported_through, budget_total, disbursed_total, paid_total, version, created_at, updated_at)
                VALUES """ + values).update();
    }
}
