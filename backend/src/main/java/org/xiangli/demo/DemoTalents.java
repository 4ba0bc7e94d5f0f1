package org.xiangli.demo;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiangli.talent.ContributionKind;
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
        }
        log.info("Demo data: {} talents created, {} left out (no township or village hometown)", created, skipped);
    }

    private static @Nullable String hometown(Map<String, Object> talent, DemoRegions regions) {
        if (talent.get("hometown_village") != null) {
            return regions.villageCode((String) talent.get("hometown_village"));
        }
        return talent.get("hometown_township") == null ? null : regions.townshipCode((String) talent.get("hometown_township"));
    }

    /** The contributions the facts give figures for. */
    private static List<SeedEntry> ledger(String name) {
        return switch (name) {
            case "陈伟军" -> List.of(
                    new SeedEntry(ContributionKind.INVESTMENT, DEMO_DATE, new BigDecimal("1500000000.00"), null, null, null, null, null,
                            null, "临杭产业园", null, "临杭产业园, 15亿 investment" + ILLUSTRATIVE),
                    new SeedEntry(ContributionKind.REFERRAL, DEMO_DATE, null, null, null, null, null, null,
                            "17 entrepreneurs from Xiaoshan", null, null, "brought 17 entrepreneurs from Xiaoshan to the township" + ILLUSTRATIVE));
            case "吕韬" -> List.of(new SeedEntry(ContributionKind.SERVICE, DEMO_DATE, null, null, null, null, ServiceKind.TEACHING, 200,
                    null, null, null, "trained 200+ local young people in live-stream selling" + ILLUSTRATIVE));
            default -> List.of();
        };
    }
}
