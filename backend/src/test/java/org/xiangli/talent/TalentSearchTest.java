package org.xiangli.talent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.xiangli.support.ApiTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search hits and misses: Chinese word segmentation, pinyin of names (initials and whole), filters
 * and ranking; the index follows every write at once.
 */
class TalentSearchTest extends ApiTest {

    private static final String SEARCH = """
            query($q: String!, $f: TalentFilter) { searchTalents(query: $q, filter: $f, first: 50) {
              totalCount edges { score node { name organisation } } } }""";

    private String marker;
    private String name;

    @BeforeEach
    void talents() {
        // a unique tag keeps each test's hits apart from other tests' data in the shared database
        marker = "标记" + Integer.toString(unique(), 36) + "号";
        name = "欧阳" + digits(unique());
        Map<String, Object> first = TalentRegistryTest.talent(name, TalentRegistryTest.SHANGSHU_VILLAGE);
        first.putAll(Map.of("organisation", "湖州湖笔文化有限公司", "industry", "湖笔制造", "notes", "回乡创办湖笔工坊，带动就业", "tags", List.of(marker)));
        TalentRegistryTest.register(as(ANJI_ADMIN), first);
        Map<String, Object> second = TalentRegistryTest.talent("司马" + unique(), TalentRegistryTest.SHANGSHU_VILLAGE);
        second.putAll(Map.of("organisation", "安吉白茶合作社", "industry", "白茶", "category", "E_COMMERCE",
                "notes", "直播销售白茶和笔记本", "tags", List.of(marker)));
        TalentRegistryTest.register(as(ANJI_ADMIN), second);
    }

    @Test
    void chineseWordsAreMatchedAfterSegmentationNotAsSubstrings() {
        assertThat(hits("湖笔 " + marker)).containsExactly(name);
        assertThat(hits("白茶 " + marker)).hasSize(1).doesNotContain(name);
        // 笔记本 (notebook) contains 笔 but is another word: 湖笔 does not find it, and 笔记本 does not find 湖笔
        assertThat(hits("笔记本 " + marker)).hasSize(1).doesNotContain(name);
        assertThat(hits("不存在的词语 " + marker)).isEmpty();
    }

    @Test
    void latinLettersMatchThePinyinOfNamesWholeOrAsInitials() {
        String initials = Pinyin.keys(name).getFirst();
        assertThat(initials).startsWith("oy");
        List<String> byInitials = as(ANJI_ADMIN).document(SEARCH).variable("q", initials)
                .variable("f", Map.of("within", TalentRegistryTest.SHANGSHU_VILLAGE)).execute()
                .path("searchTalents.edges[*].node.name").entityList(String.class).get();
        assertThat(byInitials).contains(name);
        List<String> byFull = as(ANJI_ADMIN).document(SEARCH).variable("q", "ouyang")
                .variable("f", Map.of("within", TalentRegistryTest.SHANGSHU_VILLAGE)).execute()
                .path("searchTalents.edges[*].node.name").entityList(String.class).get();
        assertThat(byFull).contains(name).allMatch(n -> n.startsWith("欧阳"));
        assertThat(as(ANJI_ADMIN).document(SEARCH).variable("q", "zzqx").execute()
                .path("searchTalents.totalCount").entity(Integer.class).get()).isZero();
    }

    @Test
    void aCallerWhoSeesNamesMaskedCannotFindATalentByName() {
        // the integrator reads the registry with names masked: the full name or its pinyin must not confirm whose record it is
        for (String query : List.of(name, "ouyang", Pinyin.keys(name).getFirst())) {
            assertThat(as(INTEGRATOR).document(SEARCH).variable("q", query)
                    .variable("f", Map.of("within", TalentRegistryTest.SHANGSHU_VILLAGE)).execute()
                    .path("searchTalents.edges[*].node.organisation").entityList(String.class).get())
                    .as("integrator searching " + query).doesNotContain("湖州湖笔文化有限公司");
        }
        // what it sees unmasked is still searchable
        assertThat(as(INTEGRATOR).document(SEARCH).variable("q", "湖笔 " + marker).execute()
                .path("searchTalents.totalCount").entity(Integer.class).get()).isEqualTo(1);
        assertThat(hits(name)).contains(name);
    }

    @Test
    void filtersNarrowTheHitsAndTheBestMatchComesFirst() {
        assertThat(hits(marker)).hasSize(2);
        GraphQlTester.Response response = as(ANJI_ADMIN).document(SEARCH).variable("q", marker)
                .variable("f", Map.of("categories", List.of("E_COMMERCE"))).execute();
        assertThat(response.path("searchTalents.edges[*].node.name").entityList(String.class).get()).hasSize(1).doesNotContain(name);
        assertThat(as(ANJI_ADMIN).document(SEARCH).variable("q", marker).variable("f", Map.of("within", "330521")).execute()
                .path("searchTalents.totalCount").entity(Integer.class).get()).isZero();
        // the name field weighs more than the notes: the talent named so ranks above one who only mentions it
        List<Float> scores = as(ANJI_ADMIN).document(SEARCH).variable("q", name).execute()
                .path("searchTalents.edges[*].score").entityList(Float.class).get();
        assertThat(scores).isSortedAccordingTo((x, y) -> Float.compare(y, x));
    }

    @Test
    void anUpdateIsSearchableAtOnce() {
        String id = as(ANJI_ADMIN).document(SEARCH).variable("q", "湖笔 " + marker).execute()
                .path("searchTalents.edges[0].node").hasValue().path("searchTalents.totalCount").entity(Integer.class).isEqualTo(1)
                .path("searchTalents.edges[0].node.name").entity(String.class).get();
        String talentId = as(ANJI_ADMIN).document("query($q: String!) { searchTalents(query: $q) { nodes { id version } } }")
                .variable("q", "湖笔 " + marker).execute().path("searchTalents.nodes[0].id").entity(String.class).get();
        as(ANJI_ADMIN).document("mutation($i: UpdateTalentInput!) { updateTalent(input: $i) { talent { version } } }")
                .variable("i", Map.of("id", talentId, "version", 0, "notes", "改做竹编手艺")).execute()
                .path("updateTalent.talent.version").entity(Integer.class).isEqualTo(1);
        assertThat(hits("竹编 " + marker)).containsExactly(id);
        assertThat(hits("工坊 " + marker)).isEmpty();
    }

    /** 57 → 五七: a unique name that pinyin4j reads one way. */
    private static String digits(int number) {
        StringBuilder text = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            text.append("零一二三四五六七八九".charAt(c - '0'));
        }
        return text.toString();
    }

    private List<String> hits(String query) {
        return as(ANJI_ADMIN).document(SEARCH).variable("q", query).execute()
                .path("searchTalents.edges[*].node.name").entityList(String.class).get();
    }
}
