package org.xiangli.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiangli.grid.GridEmployment;
import org.xiangli.grid.GridSeeding;
import org.xiangli.grid.GridSize;
import org.xiangli.region.RegionImport;
import org.xiangli.region.RegionKind;
import org.xiangli.talent.TalentCategory;
import org.xiangli.talent.TalentSeeding;
import org.xiangli.talent.Whereabouts;

import java.time.LocalDate;
import java.util.List;

/**
 * Grids and grid workers of 李家巷镇 (the facts: 34 large and 193 micro grids) and 上墅乡, a small
 * sample of them. The facts name no village of 李家巷镇, so three demo villages with generated codes
 * (flagged synthetic, named as demo) hold its grids. The workers are the realm's demo accounts:
 * xu.yanliang is the facts' 许炎良 (a part-time grid worker), shangshu.grid the fictional 吴晓燕,
 * registered as a demo talent of 上墅乡 since the facts name no grid worker there.
 */
final class DemoGrids {

    private static final Logger log = LoggerFactory.getLogger(DemoGrids.class);

    static final String LIJIAXIANG = "李家巷镇";
    static final String SHANGSHU = "上墅乡";
    static final String SHANGSHU_VILLAGE = "上墅村";
    private static final String DEMO_NOTE = "演示数据：虚构的村（社区），代码为生成的演示代码";

    /** The demo villages of 李家巷镇: suffix, kind and name. */
    private static final List<String[]> LIJIAXIANG_VILLAGES = List.of(
            new String[]{"200", "ADMINISTRATIVE_VILLAGE", "演示一村"},
            new String[]{"201", "ADMINISTRATIVE_VILLAGE", "演示二村"},
            new String[]{"001", "COMMUNITY", "演示社区"});

    private DemoGrids() {
    }

    /** The codes of the villages that hold 李家巷镇's demo grids. */
    static List<String> lijiaxiangVillages(DemoRegions regions) {
        String township = regions.townshipCode(LIJIAXIANG);
        return LIJIAXIANG_VILLAGES.stream().map(v -> township + v[0]).toList();
    }

    /** The grids that hold demo elders (village code, grid code): xu.yanliang's and shangshu.grid's; none without the regions. */
    static List<String[]> elderGrids(DemoRegions regions) {
        String shangshuVillage = regions.villageCode(SHANGSHU_VILLAGE);
        if (regions.townshipCode(LIJIAXIANG) == null || shangshuVillage == null) {
            return List.of();
        }
        String lijiaxiangVillage = lijiaxiangVillages(regions).getFirst();
        return List.of(new String[]{lijiaxiangVillage, lijiaxiangVillage + "-01"}, new String[]{shangshuVillage, shangshuVillage + "-01"});
    }

    static void load(DemoRegions regions, RegionImport units, GridSeeding grids, TalentSeeding talents) {
        String lijiaxiang = regions.townshipCode(LIJIAXIANG);
        String shangshu = regions.townshipCode(SHANGSHU);
        String shangshuVillage = regions.villageCode(SHANGSHU_VILLAGE);
        if (lijiaxiang == null || shangshu == null || shangshuVillage == null) {
            return;
        }
        for (String[] village : LIJIAXIANG_VILLAGES) {
            String code = lijiaxiang + village[0];
            int population = 800 + Math.floorMod(code.hashCode(), 4000);
            units.ensure(new RegionImport.Unit(code, RegionKind.valueOf(village[1]), lijiaxiang, village[2], DEMO_NOTE,
                    population, population * 10 / 28, true));
        }
        int made = 0;
        // a grid of the township that spans villages (the industrial belt), then two large grids per village with micro grids
        grids.ensureGrid(lijiaxiang + "-01", lijiaxiang, "工业园区网格", GridSize.LARGE, null, "演示：镇工业功能区，跨村", 420);
        for (String village : lijiaxiangVillages(regions)) {
            made += largeWithMicros(grids, village, 3);
        }
        made += largeWithMicros(grids, shangshuVillage, 2);
        grids.ensureGrid(shangshu + "-01", shangshu, "大麓山谷网格", GridSize.LARGE, null, "演示：音乐集镇项目片区，跨村", 160);

        talents.ensure(new TalentSeeding.Seed(shangshu, "吴晓燕", TalentCategory.OTHER, Whereabouts.RETURNED, null, null,
                "13800000301", List.of("演示数据", "兼职网格员"), "演示数据：虚构的返乡青年，兼职网格员", LocalDate.of(2024, 1, 1)));
        grids.ensureWorker(lijiaxiangVillages(regions).getFirst() + "-01", "许炎良", "13800000302", "xu.yanliang",
                GridEmployment.PART_TIME, talents.idOf(lijiaxiang, "许炎良").orElse(null));
        grids.ensureWorker(shangshuVillage + "-01", "吴晓燕", "13800000301", "shangshu.grid",
                GridEmployment.PART_TIME, talents.idOf(shangshu, "吴晓燕").orElse(null));
        grids.ensureWorker(lijiaxiangVillages(regions).get(1) + "-01", "沈丽华", "13800000303", "lijiaxiang.grid2",
                GridEmployment.FULL_TIME, null);
        log.info("Demo data: grids of {} and {} in place, {} large grids looked at", LIJIAXIANG, SHANGSHU, made);
    }

    private static int largeWithMicros(GridSeeding grids, String village, int micros) {
        for (int large = 1; large <= 2; large++) {
            String code = "%s-%02d".formatted(village, large);
            grids.ensureGrid(code, village, (large == 1 ? "一" : "二") + "号网格", GridSize.LARGE, null,
                    "演示：" + (large == 1 ? "村东片" : "村西片"), 180 + 20 * large);
        }
        for (int micro = 1; micro <= micros; micro++) {
            String parent = "%s-%02d".formatted(village, micro % 2 == 1 ? 1 : 2);
            grids.ensureGrid("%s-%02d".formatted(village, 2 + micro), village, "微网格" + micro, GridSize.MICRO, parent,
                    "演示：第" + micro + "村民小组", 30 + 5 * micro);
        }
        return 2;
    }
}
