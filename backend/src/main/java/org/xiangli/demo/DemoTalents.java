package org.xiangli.demo;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiangli.talent.ContributionKind;
import org.xiangli.talent.InvestmentStage;
import org.xiangli.talent.VisitorRole;
import org.xiangli.talent.ServiceKind;
import org.xiangli.talent.TalentCategory;
import org.xiangli.talent.TalentSeeding;
import org.xiangli.talent.TalentSeeding.Seed;
import org.xiangli.talent.TalentSeeding.SeedEntry;
import org.xiangli.talent.Whereabouts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The returned talents of zhejiang-facts.yaml. They are real public people: only their published
 * role, organisation and facts are used; no birth year, gender or other identifier is invented
 * (gender stays undisclosed); contacts are obviously fictional (1380000xxxx) and every record is
 * flagged demo. Talents the facts place in a county only are left out: the registry needs a
 * township or village hometown. Ledger entries are only those the facts give figures for; their
 * dates are illustrative, as the description says.
 */
final class DemoTalents {

    private static final Logger log = LoggerFactory.getLogger(DemoTalents.class);
    private static final LocalDate DEMO_DATE = LocalDate.of(2024, 1, 1);
    private static final String ILLUSTRATIVE = "（演示数据：日期为示意）";
    private static final Set<String> CATEGORIES = Set.of("ENTREPRENEUR", "EXPERT_SCHOLAR", "CRAFTS_MASTER", "RETIRED_CADRE",
            "YOUNG_ENTREPRENEUR", "E_COMMERCE");
    private static final Map<String, String> INDUSTRIES = Map.of("吕韬", "湖笔", "刘威", "花卉苗木", "张松", "电商直播");

    private static final String LINHANG = "临杭产业园, 15亿 investment" + ILLUSTRATIVE;

    /** The hall's public introductions (乡贤馆), written from the facts file's facts of each talent. */
    private static final Map<String, String> INTRODUCTIONS = Map.of(
            "戴勋", "2016年与伙伴把上墅村闲置的老卫生院改造成大麓书院，举办沙龙百余场、接待约5000人次，二十多名年轻人因此留乡工作；发起音乐驻留计划，创办蜗牛音乐节。",
            "吕韬", "八年前回乡，从学徒做起，创办湖州豪一笔湖笔有限公司；拥有发明专利1项、外观专利2项、实用新型专利5项，产品300余种；培训本地青年200余人开展直播带货。",
            "陈伟军", "浙江万向精工有限公司，引进临杭产业园项目（投资15亿元），并带动17位萧山企业家到三界镇投资。",
            "王楚根", "回乡开设“阿楚调解室”，为乡亲调解矛盾纠纷。",
            "张松", "返乡做直播，把家乡的山货卖出大山。",
            "许炎良", "退休干部，回乡担任兼职网格员，带教年轻网格员。",
            "刘威", "2008年起经营花卉苗木产业，并在基地为工人开办食堂。");

    private DemoTalents() {
    }

    @SuppressWarnings("unchecked")
    static void load(Map<String, Object> facts, DemoRegions regions, TalentSeeding seeding) {
        int created = 0;
        int skipped = 0;
        int number = 100;
        for (Map<String, Object> talent : (List<Map<String, Object>>) facts.getOrDefault("talents", List.of())) {
            number++;
            String name = (String) talent.get("name");
            String hometown = hometown(talent, regions);
            if (hometown == null) {
                skipped++;
                continue;
            }
            String category = (String) talent.get("category");
            List<String> notes = (List<String>) talent.getOrDefault("facts", List.of());
            Seed seed = new Seed(hometown, name,
                    CATEGORIES.contains(category) ? TalentCategory.valueOf(category) : TalentCategory.OTHER,
                    Whereabouts.valueOf((String) talent.get("status")), INDUSTRIES.get(name), (String) talent.get("organisation"),
                    "1380000%04d".formatted(number), List.of("演示数据", (String) talent.get("gloss")),
                    String.join("; ", notes), DEMO_DATE);
            if (seeding.ensure(seed)) {
                created++;
            }
            ledger(name).forEach(entry -> seeding.ensureEntry(hometown, name, entry));
            String introduction = INTRODUCTIONS.get(name);
            if (introduction != null) {
                seeding.ensureIntroduction(hometown, name, introduction);
            }
            beyondTheRegistry(name, hometown, seeding);
        }
        log.info("Demo data: {} talents created, {} left out (no township or village hometown)", created, skipped);
    }

    private static @Nullable String hometown(Map<String, Object> talent, DemoRegions regions) {
        if (talent.get("hometown_village") != null) {
            return regions.villageCode((String) talent.get("hometown_village"));
        }
        return talent.get("hometown_township") == null ? null : regions.townshipCode((String) talent.get("hometown_township"));
    }

    /**
     * The pipeline and the visits (issue 14): the investment the facts give (临杭产业园, a completed
     * park) is producing; the talents of 上墅乡 and 李家巷镇 are visited by the three levels (三界),
     * by role, on illustrative dates. Visitors are named by their office, not invented people.
     */
    private static void beyondTheRegistry(String name, String hometown, TalentSeeding seeding) {
        switch (name) {
            case "陈伟军" -> seeding.ensureStage(hometown, name, LINHANG, InvestmentStage.PRODUCING,
                    LocalDate.of(2024, 6, 1), LocalDate.of(2025, 3, 1));
            case "戴勋", "许炎良" -> {
                String place = "戴勋".equals(name) ? "上墅乡" : "李家巷镇";
                LocalDate from = LocalDate.of(2026, 9, 1);
                seeding.ensureVisitSchedule(hometown, name, VisitorRole.VILLAGE_CADRE, place + "联系村干部", 30, from);
                seeding.ensureVisitSchedule(hometown, name, VisitorRole.LIAISON_LEADER, place + "联络领导", 60, from);
                seeding.ensureVisitSchedule(hometown, name, VisitorRole.PRINCIPAL_LEADER, place + "主要领导", 90, from);
                if ("戴勋".equals(name)) {
                    seeding.ensureVisit(hometown, name, LocalDate.of(2026, 9, 20), VisitorRole.LIAISON_LEADER, place + "联络领导",
                            "蜗牛音乐节期间希望协调停车场地（演示数据：内容为示意）", true);
                    seeding.ensureVisit(hometown, name, LocalDate.of(2026, 11, 10), VisitorRole.VILLAGE_CADRE, place + "联系村干部",
                            "了解大麓书院冬季沙龙安排（演示数据：内容为示意）", false);
                } else {
                    seeding.ensureVisit(hometown, name, LocalDate.of(2026, 10, 12), VisitorRole.VILLAGE_CADRE, place + "联系村干部",
                            "希望为年轻网格员带教安排固定活动室（演示数据：内容为示意）", true);
                }
            }
            default -> {
            }
        }
    }

    /** The contributions the facts give figures for. */
    private static List<SeedEntry> ledger(String name) {
        return switch (name) {
            case "陈伟军" -> List.of(
                    new SeedEntry(ContributionKind.INVESTMENT, DEMO_DATE, new BigDecimal("1500000000.00"), null, null, null, null, null,
                            null, "临杭产业园", null, LINHANG),
                    new SeedEntry(ContributionKind.REFERRAL, DEMO_DATE, null, null, null, null, null, null,
                            "17 entrepreneurs from Xiaoshan", null, null, "brought 17 entrepreneurs from Xiaoshan to the township" + ILLUSTRATIVE));
            case "戴勋" -> List.of(
                    new SeedEntry(ContributionKind.SERVICE, LocalDate.of(2016, 1, 1), null, null, null, null, ServiceKind.OTHER, 5000,
                            null, null, null, "大麓书院: 100+ salons, about 5,000 visits" + ILLUSTRATIVE),
                    new SeedEntry(ContributionKind.JOBS, LocalDate.of(2016, 1, 1), null, null, null, 20, null, null,
                            null, null, null, "大麓书院: 20+ young people stayed to work" + ILLUSTRATIVE));
            case "吕韬" -> List.of(new SeedEntry(ContributionKind.SERVICE, DEMO_DATE, null, null, null, null, ServiceKind.TEACHING, 200,
                    null, null, null, "trained 200+ local young people in live-stream selling" + ILLUSTRATIVE));
            default -> List.of();
        };
    }
}
