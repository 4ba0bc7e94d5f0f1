package org.xiangli.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiangli.escort.EscortSeeding;
import org.xiangli.escort.EscortSeeding.FindingSeed;
import org.xiangli.escort.EscortSeeding.MilestoneSeed;
import org.xiangli.escort.EscortSeeding.RiskSeed;
import org.xiangli.escort.EscortSeeding.Seed;
import org.xiangli.project.ProjectCategory;

import java.util.List;

/**
 * Escorted key projects (重点项目护航) and their supervision, from the facts: 东阳's milestones
 * (土地摘牌 → 开工 → 入库 → 竣工 → 投产) as 安吉县's industry template, and 上墅乡纪委's process
 * supervision (过程性监督) of the 艺术乡建 projects of 上墅村 — 大麓山谷音乐集镇 and 蜗牛音乐节 —
 * with commissioners, milestones (one overdue, filed as a matter by the sweep), a site check with
 * findings and a risk register after 南浔's integrity risk map. Commissioners and people are
 * fictional (演示).
 */
final class DemoEscort {

    private static final Logger log = LoggerFactory.getLogger(DemoEscort.class);

    static final String ANJI = "330523";

    private DemoEscort() {
    }

    static void load(DemoRegions regions, EscortSeeding escort) {
        String village = regions.villageCode(DemoGrids.SHANGSHU_VILLAGE);
        if (village == null) {
            return;
        }
        escort.ensureTemplate(ANJI, ProjectCategory.INDUSTRY, List.of("土地摘牌", "开工", "入库", "竣工", "投产"), List.of(0, 60, 120, 360, 420));
        escort.ensureTemplate(ANJI, ProjectCategory.COMMON_PROSPERITY, List.of("方案审定", "开工", "主体完工", "竣工验收"), List.of(0, 30, 180, 240));
        escort.ensureTemplate(ANJI, ProjectCategory.CULTURE_TOURISM, List.of("方案审定", "开工", "试运营", "竣工验收"), List.of(0, 30, 150, 210));
        int made = 0;
        made += escort.ensure(new Seed("大麓山谷音乐集镇项目", village, "shangshu.admin", "周建华",
                List.of(new MilestoneSeed("方案审定", -150, "周建华", true), new MilestoneSeed("开工", -120, "周建华", true),
                        new MilestoneSeed("主体完工", -10, "陈立新", false), new MilestoneSeed("竣工验收", 60, "陈立新", false)),
                "上墅乡纪委 过程性监督组", "艺术乡建过程性监督：现场查看施工、签证和资金拨付台账（演示）", "anji.supervisor",
                List.of(new FindingSeed("工程签证单缺少监理签字", village, 14), new FindingSeed("材料进场未按规定公示", village, 10)),
                List.of(new RiskSeed("工程变更未经集体决策", "HIGH", List.of(
                                List.of("变更须经村民代表会议表决并公示", "上墅村股份经济合作社", "IN_PLACE"),
                                List.of("乡纪委全程参与变更论证", "上墅乡纪委", "IN_PLACE"))),
                        new RiskSeed("资金拨付与进度不符", "MEDIUM", List.of(
                                List.of("按进度报告核拨，三资中心复核", "上墅乡三资中心", "IN_PLACE"),
                                List.of("每半月比对进度与拨付", "项目专员", "PLANNED"))),
                        new RiskSeed("围标串标", "HIGH", List.of(
                                List.of("招标全程纪委监督", "上墅乡纪委", "IN_PLACE")))))) ? 1 : 0;
        made += escort.ensure(new Seed("蜗牛音乐节", village, "shangshu.admin", "周建华",
                List.of(new MilestoneSeed("方案审定", -40, "周建华", true), new MilestoneSeed("开工", -5, "陈立新", true),
                        new MilestoneSeed("试运营", 90, "陈立新", false), new MilestoneSeed("竣工验收", 150, "陈立新", false)),
                null, null, "anji.supervisor", List.of(),
                List.of(new RiskSeed("活动赞助资金未入村集体账", "MEDIUM", List.of(
                        List.of("赞助资金统一进村集体账户并公开", "上墅村股份经济合作社", "PLANNED")))))) ? 1 : 0;
        log.info("Demo data: {} escorted projects created", made);
    }
}
