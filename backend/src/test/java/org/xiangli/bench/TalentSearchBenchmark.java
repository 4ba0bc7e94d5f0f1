package org.xiangli.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.security.CurrentCaller;
import org.xiangli.support.ApiTest;
import org.xiangli.talent.TalentFilter;
import org.xiangli.talent.TalentIndexing;
import org.xiangli.talent.TalentSearch;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Search latency over 50,000 generated talents in a generated county (20 townships × 10 villages):
 * rows batch-inserted with SQL, then the index rebuilt by the mass indexer. Times searches both
 * over HTTP (token check, GraphQL, JSON: what a client sees) and through the search service alone
 * (the engine and the entity loading). Run with {@code ./mvnw -Pbench test}; prints figures,
 * asserts nothing about time.
 */
@Tag("benchmark")
class TalentSearchBenchmark extends ApiTest {

    private static final int TALENTS = 50_000;
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽";
    private static final String[] TRADES = {"湖笔", "白茶", "竹编", "木雕", "光伏", "精密制造", "电商直播", "花卉苗木", "文化旅游", "民宿",
            "农产品加工", "物流", "建筑", "医药", "教育培训", "软件", "纺织", "茶叶", "水产养殖", "新能源"};
    private static final String[] NOTES = {"回乡创办工坊，带动村民就业", "捐资修缮文化礼堂", "在外投资并引荐项目", "担任网格员，调解邻里纠纷",
            "培训青年直播带货", "资助困难学生", "投资建设产业园", "牵线异地商会"};

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TalentIndexing indexing;
    @Autowired
    private TalentSearch search;

    @Test
    void searchOver50000Talents() throws InterruptedException {
        String county = freshCounty("基准乡贤县");
        List<String> villages = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            String town = county + (100 + t);
            importUnits(new RegionImport.Unit(town, RegionKind.TOWN, county, "贤镇" + t, null, null, null, true));
            for (int v = 0; v < 10; v++) {
                importUnits(new RegionImport.Unit(town + (200 + v), RegionKind.ADMINISTRATIVE_VILLAGE, town, "贤村" + t + "-" + v, null, 1000, 300, true));
                villages.add(town + (200 + v));
            }
        }
        Map<String, Long> regionIds = new java.util.HashMap<>();
        jdbc.query("SELECT id, code FROM region WHERE code LIKE ?", rs -> {
            regionIds.put(rs.getString("code"), rs.getLong("id"));
        }, county + "%");

        long started = System.nanoTime();
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> batch = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; keys.size() < TALENTS; i++) {
            String village = villages.get(random.nextInt(villages.size()));
            String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
                    + GIVEN.charAt(random.nextInt(GIVEN.length())) + (random.nextBoolean() ? GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
            if (!keys.add(village + name + i % 60)) {
                continue;
            }
            String trade = TRADES[random.nextInt(TRADES.length)];
            batch.add(new Object[] {regionIds.get(village), village, name, "UNDISCLOSED", 1940 + i % 60, "RETURNED",
                    "ENTREPRENEUR", trade, "浙江" + trade + "有限公司" + i, "1380000" + "%04d".formatted(i % 10000),
                    Date.valueOf(LocalDate.of(2025, 1, 1)), "REGISTRY", NOTES[random.nextInt(NOTES.length)], now, now});
            if (batch.size() == 1000) {
                insert(batch);
            }
        }
        insert(batch);
        System.out.printf("%n[benchmark] %d talents inserted in %d ms%n", TALENTS, (System.nanoTime() - started) / 1_000_000);
        indexing.rebuild();
        System.out.printf("[benchmark] index rebuilt after %d ms in all%n", (System.nanoTime() - started) / 1_000_000);

        String[] queries = {"湖笔", "白茶 有限公司", "wl", "zhangwei", "带动 就业", "光伏", "li", "调解"};
        String query = """
                query($q: String!, $f: TalentFilter) { searchTalents(query: $q, filter: $f, first: 20) {
                  totalCount edges { score node { name organisation industry } } } }""";
        HttpGraphQlTester client = as(PLATFORM_ADMIN);
        Latency.measure("searchTalents over HTTP, 50,000 talents, 20 hits per page", 50, 400,
                i -> client.document(query).variable("q", queries[i % queries.length])
                        .variable("f", Map.of("within", county)).execute().path("searchTalents.totalCount").hasValue());
        Latency.measure("TalentSearch.search in process (engine + loading 20 entities)", 50, 400,
                i -> CurrentCaller.asSystem(() -> search.search(queries[i % queries.length], new TalentFilter(county, null, null, null), 0, 20)));
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("""
                INSERT INTO talent (region_id, region_code, name, gender, birth_year, whereabouts, category, industry, organisation,
                                    phone, consent_on, consent_scope, notes, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        batch.clear();
    }
}
