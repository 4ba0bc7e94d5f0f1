package org.xiangli.database;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.support.ApiTest;
import org.xiangli.support.ServerStatements;
import org.xiangli.support.SqlStatements;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches the database server for a request, counted by the driver itself: a query costs its
 * SELECTs and nothing else (no {@code SET autocommit}, {@code COMMIT} around each), and a mutation
 * still writes in one transaction.
 */
class ReadPathRoundTripsTest extends ApiTest {

    private static final String NESTED = """
            query($c: String!) {
              regions(filter: {parentCode: $c}, first: 50) {
                totalCount
                nodes { code name parent { name } stats { population } children { code name collectiveIncome { amount } } }
              }
            }""";

    @Test
    void aNestedQueryCostsItsSelectsAndNoTransactionBookkeeping() {
        String county = countyWithTownships(3, 2);
        SqlStatements.reset();
        List<String> sent = ServerStatements.during(() -> platform()
                .document(NESTED).variable("c", county).execute()
                .path("regions.totalCount").entity(Integer.class).isEqualTo(3)
                .path("regions.nodes[0].children").entityList(Object.class).hasSize(2));

        assertThat(sent).as("statements the server received").noneMatch(ServerStatements::isTransactionControl)
                .allMatch(statement -> statement.stripLeading().toLowerCase().startsWith("select"));
        assertThat(sent).hasSize((int) SqlStatements.count());
        // regions, count, parents, stats, children, incomes: once each (it was four times as many)
        assertThat(sent).hasSize(6);
    }

    @Test
    void aMutationStillWritesInOneTransaction() {
        String county = countyWithTownships(1, 1);
        String village = county + "100200";
        String villageId = platform().document("query($c: String!) { region(code: $c) { id } }").variable("c", village)
                .execute().path("region.id").entity(String.class).get();

        List<String> sent = ServerStatements.during(() -> platform()
                .document("mutation($input: RecordCollectiveIncomeInput!) { recordCollectiveIncome(input: $input) { income { amount } } }")
                .variable("input", Map.of("villageId", villageId, "year", 2024, "amount", "100.00")).execute()
                .path("recordCollectiveIncome.income.amount").entity(String.class).isEqualTo("100.00"));

        int begin = indexOf(sent, "set autocommit=0");
        int commit = indexOf(sent, "commit");
        int insert = indexOf(sent, "insert into collective_income");
        assertThat(begin).as("transaction begun in %s", sent).isGreaterThanOrEqualTo(0);
        assertThat(insert).as("the write inside it").isBetween(begin, commit);
        assertThat(indexOf(sent, "insert into audit_log")).as("its audit entry inside it").isBetween(begin, commit);
    }

    private HttpGraphQlTester platform() {
        return as(PLATFORM_ADMIN);
    }

    private static int indexOf(List<String> statements, String start) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).stripLeading().toLowerCase().startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    private String countyWithTownships(int townships, int villagesEach) {
        String county = freshCounty("往返县");
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
