package org.xiangli.region;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.xiangli.support.ApiTest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RegionMutationsTest extends ApiTest {

    private static final String CREATE = """
            mutation($input: CreateRegionInput!) {
              createRegion(input: $input) { region { id code kind name level version syntheticCode parent { code } } }
            }""";
    private static final String UPDATE = """
            mutation($input: UpdateRegionInput!) {
              updateRegion(input: $input) { region { id name population version } }
            }""";
    private static final String RETIRE = """
            mutation($input: RetireRegionInput!) {
              retireRegion(input: $input) { region { retired retiredAt retiredReason version } }
            }""";

    @Test
    void createsATownshipAndAVillageUnderIt() {
        String county = freshCounty("新建测试县");
        GraphQlTester.Response town = create(idOf(county), county + "101", "TOWN", "新镇");
        town.path("createRegion.region.level").entity(String.class).isEqualTo("TOWNSHIP")
                .path("createRegion.region.parent.code").entity(String.class).isEqualTo(county)
                .path("createRegion.region.version").entity(Integer.class).isEqualTo(0)
                .path("createRegion.region.syntheticCode").entity(Boolean.class).isEqualTo(false);
        String townId = town.path("createRegion.region.id").entity(String.class).get();
        create(townId, county + "101250", "ADMINISTRATIVE_VILLAGE", "新村")
                .path("createRegion.region.level").entity(String.class).isEqualTo("VILLAGE");
        admin().document("query($c: String!) { region(code: $c) { children { name children { name } } } }")
                .variable("c", county).execute()
                .path("region.children[0].name").entity(String.class).isEqualTo("新镇")
                .path("region.children[0].children[0].name").entity(String.class).isEqualTo("新村");
    }

    @Test
    void refusesCodesThatBreakTheDivisionRules() {
        String county = freshCounty("编码测试县");
        String countyId = idOf(county);
        assertRefused(create(countyId, "12345", "TOWN", "短码镇"), "BAD_REQUEST", "input.code", "exactly 9 digits");
        assertRefused(create(countyId, "330523150", "TOWN", "他县镇"), "BAD_REQUEST", "input.code", "must start with " + county);
        assertRefused(create(countyId, county + "250", "TOWN", "错段镇"), "BAD_REQUEST", "input.code", "100–199");
        assertRefused(create(countyId, county + "150", "COMMUNITY", "错级社区"), "BAD_REQUEST", "input.kind", "township kind");
        assertRefused(create(countyId, county + "450", "SUBDISTRICT", " "), "BAD_REQUEST", "input.name", "");
        admin().document(CREATE).variable("input", Map.of("parentId", countyId, "code", county + "451", "kind", "TOWN",
                        "name", "负数镇", "population", -5)).execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions())
                        .containsEntry("classification", "BAD_REQUEST").containsEntry("field", "input.population"));
        assertRefused(create("UmVnaW9uOjk5OTk5OTk5", county + "452", "TOWN", "无父镇"), "NOT_FOUND", "input.parentId", "no region");
    }

    @Test
    void neverReusesACodeEvenAfterRetirement() {
        String county = freshCounty("复用测试县");
        String townId = create(idOf(county), county + "102", "TOWN", "旧镇").path("createRegion.region.id").entity(String.class).get();
        admin().document(RETIRE).variable("input", Map.of("id", townId, "version", 0, "reason", "撤并入新镇")).execute()
                .path("retireRegion.region.retired").entity(Boolean.class).isEqualTo(true)
                .path("retireRegion.region.retiredReason").entity(String.class).isEqualTo("撤并入新镇");
        assertRefused(create(idOf(county), county + "102", "TOWN", "又一镇"), "CONFLICT", "input.code", "never reused");
        admin().document("query($c: String!) { region(code: $c) { name retired } }").variable("c", county + "102").execute()
                .path("region.retired").entity(Boolean.class).isEqualTo(true);
        admin().document("query($c: String!) { region(code: $c) { children { name } } }").variable("c", county).execute()
                .path("region.children").entityList(Object.class).hasSize(0);
        admin().document("query($c: String!) { regions(filter: {parentCode: $c, includeRetired: true}) { nodes { name } } }")
                .variable("c", county).execute()
                .path("regions.nodes[*].name").entityList(String.class).containsExactly("旧镇");
    }

    @Test
    void refusesToRetireAUnitWithCurrentUnitsBelow() {
        String county = freshCounty("退役测试县");
        String townId = create(idOf(county), county + "103", "TOWN", "有村镇").path("createRegion.region.id").entity(String.class).get();
        create(townId, county + "103200", "ADMINISTRATIVE_VILLAGE", "留村");
        assertRefused(admin().document(RETIRE).variable("input", Map.of("id", townId, "version", 0, "reason", "合并")).execute(),
                "CONFLICT", "input.id", "1 current units below");
    }

    @Test
    void updatesWithTheCurrentVersionAndRefusesAStaleOne() {
        String county = freshCounty("版本测试县");
        String townId = create(idOf(county), county + "104", "TOWN", "版本镇").path("createRegion.region.id").entity(String.class).get();
        admin().document(UPDATE).variable("input", Map.of("id", townId, "version", 0, "name", "改名镇", "population", 12000)).execute()
                .path("updateRegion.region.name").entity(String.class).isEqualTo("改名镇")
                .path("updateRegion.region.version").entity(Integer.class).isEqualTo(1);
        assertRefused(admin().document(UPDATE).variable("input", Map.of("id", townId, "version", 0, "name", "迟到镇")).execute(),
                "CONFLICT", "input.version", "changed by someone else");
        admin().document("query($c: String!) { region(code: $c) { name population } }").variable("c", county + "104").execute()
                .path("region.name").entity(String.class).isEqualTo("改名镇")
                .path("region.population").entity(Integer.class).isEqualTo(12000);
    }

    @Test
    void ofTwoConcurrentUpdatesOfOneVersionExactlyOneWins() throws Exception {
        String county = freshCounty("并发测试县");
        String townId = create(idOf(county), county + "105", "TOWN", "并发镇").path("createRegion.region.id").entity(String.class).get();
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        var admin = admin();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String name = "写者" + i;
                Callable<Boolean> write = () -> {
                    start.await();
                    return admin.document(UPDATE).variable("input", Map.of("id", townId, "version", 0, "name", name))
                            .execute().returnResponse().getErrors().isEmpty();
                };
                results.add(pool.submit(write));
            }
            start.countDown();
            long winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        }
        admin().document("query($c: String!) { region(code: $c) { version } }").variable("c", county + "105").execute()
                .path("region.version").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void recordsAndCorrectsCollectiveIncomeExactly() {
        String county = freshCounty("收入测试县");
        String townId = create(idOf(county), county + "106", "TOWN", "收入镇").path("createRegion.region.id").entity(String.class).get();
        String villageId = create(townId, county + "106201", "ADMINISTRATIVE_VILLAGE", "收入村")
                .path("createRegion.region.id").entity(String.class).get();
        String record = "mutation($input: RecordCollectiveIncomeInput!) { recordCollectiveIncome(input: $input) { income { year amount version } } }";
        admin().document(record).variable("input", Map.of("villageId", villageId, "year", 2024, "amount", "12345678901234.56")).execute()
                .path("recordCollectiveIncome.income.amount").entity(String.class).isEqualTo("12345678901234.56");
        assertRefused(admin().document(record).variable("input", Map.of("villageId", villageId, "year", 2024, "amount", "1.00")).execute(),
                "CONFLICT", "input.version", "already recorded");
        admin().document(record).variable("input", Map.of("villageId", villageId, "year", 2024, "amount", "0.10", "version", 0)).execute()
                .path("recordCollectiveIncome.income.amount").entity(String.class).isEqualTo("0.10")
                .path("recordCollectiveIncome.income.version").entity(Integer.class).isEqualTo(1);
        assertRefused(admin().document(record).variable("input", Map.of("villageId", villageId, "year", 2023, "amount", "1.001")).execute(),
                "BAD_REQUEST", "input.amount", "");
        assertRefused(admin().document(record).variable("input", Map.of("villageId", townId, "year", 2023, "amount", "1")).execute(),
                "BAD_REQUEST", "input.villageId", "recorded for villages");
        admin().document(record).variable("input", Map.of("villageId", villageId, "year", 2023, "amount", "abc")).execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("classification", "BAD_REQUEST"));
    }

    private org.springframework.graphql.test.tester.HttpGraphQlTester admin() {
        return as(PLATFORM_ADMIN);
    }

    private GraphQlTester.Response create(String parentId, String code, String kind, String name) {
        return admin().document(CREATE)
                .variable("input", Map.of("parentId", parentId, "code", code, "kind", kind, "name", name))
                .execute();
    }

    private String idOf(String code) {
        return admin().document("query($c: String!) { region(code: $c) { id } }").variable("c", code).execute()
                .path("region.id").entity(String.class).get();
    }

    private static void assertRefused(GraphQlTester.Response response, String classification, String field, String messagePart) {
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getExtensions()).containsEntry("classification", classification)
                    .containsEntry("field", field);
            assertThat(errors.getFirst().getMessage()).contains(messagePart);
        });
    }
}
