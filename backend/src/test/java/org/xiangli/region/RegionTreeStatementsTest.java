package org.xiangli.region;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiangli.support.ApiTest;
import org.xiangli.support.ServerStatements;
import org.xiangli.support.SqlStatements;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Nested fields are batch-loaded: the statement count does not grow with the tree. */
class RegionTreeStatementsTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private static final String TOWNSHIPS_WITH_VILLAGES = """
            query($c: String!) {
              regions(filter: {parentCode: $c}, first: 100) {
                totalCount
                nodes { code name children { code name population } }
              }
            }""";

    @Test
    void townshipsWithAllTheirVillagesCostAtMostThreeStatementsWhateverTheSize() {
        long small = statementsFor(generatedCounty(2, 3));
        long large = statementsFor(generatedCounty(30, 20));
        assertThat(small).isLessThanOrEqualTo(3);
        assertThat(large).isEqualTo(small);
    }

    @Test
    void parentsAndStatsAreBatchedToo() {
        String county = generatedCounty(10, 5);
        String query = """
                query($c: String!) {
                  regions(filter: {within: $c, levels: [VILLAGE]}, first: 100) {
                    nodes { name parent { name } stats { population } collectiveIncome { amount } }
                  }
                }""";
        SqlStatements.reset();
        graphQl.document(query).variable("c", county).execute()
                .path("regions.nodes").entityList(Object.class).hasSize(50);
        assertThat(SqlStatements.count()).isLessThanOrEqualTo(4);
    }

    /** The stats of a county's townships compare them with the county's units only, not every unit of the table. */
    @Test
    void statsReadOnlyTheUnitsUnderTheRegionsAsked() {
        generatedCounty(10, 5);
        String county = generatedCounty(10, 5);
        List<Map<String, Object>> children = new java.util.ArrayList<>();
        List<String> sent = ServerStatements.during(() -> children.addAll(graphQl.document("""
                        query($c: String!) { region(code: $c) { children { code stats { villages population } } } }""")
                .variable("c", county).execute()
                .path("region.children[*].stats").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .hasSize(10).get()));
        assertThat(children).allSatisfy(stats -> assertThat(stats)
                .containsEntry("villages", 5).containsEntry("population", 5010));
        String stats = sent.stream().filter(s -> s.toLowerCase().contains("from region a"))
                .findFirst().orElseThrow(() -> new AssertionError("no stats query in " + sent));
        Map<String, Object> descendants = jdbc.queryForList("ANALYZE " + stats).stream()
                .filter(row -> "d".equals(row.get("table"))).findFirst().orElseThrow();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM region", Long.class)).isGreaterThan(122);
        assertThat(Double.parseDouble(String.valueOf(descendants.get("r_rows")))).as("units compared: %s", descendants)
                .isLessThanOrEqualTo(61);
    }

    private long statementsFor(String county) {
        SqlStatements.reset();
        graphQl.document(TOWNSHIPS_WITH_VILLAGES).variable("c", county).execute()
                .path("regions.nodes[0].children").entityList(Object.class).hasSizeGreaterThan(0);
        return SqlStatements.count();
    }

    private String generatedCounty(int townships, int villagesEach) {
        String county = freshCounty("生成县");
        for (int t = 0; t < townships; t++) {
            String town = county + (100 + t);
            importUnits(new RegionImport.Unit(town, RegionKind.TOWN, county, "镇" + t, null, null, null, true));
            for (int v = 0; v < villagesEach; v++) {
                importUnits(new RegionImport.Unit(town + (200 + v), RegionKind.ADMINISTRATIVE_VILLAGE, town,
                        "村" + t + "-" + v, null, 1000 + v, 300, true));
            }
        }
        return county;
    }
}
