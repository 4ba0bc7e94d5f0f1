package org.xiangli.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.support.ApiTest;

/**
 * Latency of the townships-with-villages query for a generated county of 30 townships × 20
 * villages, over HTTP on the real database. Run with {@code ./mvnw -Pbench test}; prints figures,
 * asserts nothing about time.
 */
@Tag("benchmark")
class RegionTreeBenchmark extends ApiTest {

    @Test
    void townshipsWithVillages() {
        String county = freshCounty("基准县");
        for (int t = 0; t < 30; t++) {
            String town = county + (100 + t);
            importUnits(new RegionImport.Unit(town, RegionKind.TOWN, county, "镇" + t, null, 20000, 7000, true));
            for (int v = 0; v < 20; v++) {
                importUnits(new RegionImport.Unit(town + (200 + v), RegionKind.ADMINISTRATIVE_VILLAGE, town,
                        "村" + t + "-" + v, null, 1000 + v, 300, true));
            }
        }
        String query = """
                query($c: String!) {
                  regions(filter: {parentCode: $c}, first: 100) {
                    totalCount
                    nodes { code name population stats { villages population } children { code name population households } }
                  }
                }""";
        Latency.measure("30 townships x 20 villages (600 villages), one GraphQL request", 50, 300,
                i -> graphQl.document(query).variable("c", county).execute()
                        .path("regions.nodes[29].children[19].name").entity(String.class).isEqualTo("村29-19"));
    }
}
