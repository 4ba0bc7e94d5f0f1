package org.xiangli.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xiangli.grid.GridSeeding;
import org.xiangli.matter.MatterSeeding;
import org.xiangli.matter.MatterSeeding.Seed;
import org.xiangli.matter.MatterSeeding.Stage;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * About thirty matters per township (李家巷镇 handles 1,785 a year, the facts say) in every status,
 * a few overdue, reported over the last thirty days by the demo grid workers and the command
 * centres, so the board and the KPIs look like a working month. Titles are typical, invented.
 */
final class DemoMatters {

    private static final Logger log = LoggerFactory.getLogger(DemoMatters.class);

    private static final String[][] TOPICS = {
            {"ENVIRONMENT", "河道漂浮垃圾"}, {"ENVIRONMENT", "垃圾分类点满溢"}, {"SAFETY", "农房外墙开裂"}, {"SAFETY", "电动车楼道充电"},
            {"DISPUTE", "邻里宅基地界线纠纷"}, {"DISPUTE", "土地流转租金争议"}, {"INFRASTRUCTURE", "村道路灯不亮"}, {"INFRASTRUCTURE", "饮用水管破裂"},
            {"PUBLIC_SERVICE", "独居老人代办医保"}, {"PUBLIC_SERVICE", "残疾证办理咨询"}, {"OTHER", "流浪犬出没"}, {"ENVIRONMENT", "违规焚烧秸秆"}};

    /** The stage of the i-th matter: every status, some closed, some overdue. */
    private static final Stage[] STAGES = {Stage.REPORTED, Stage.DISPATCHED, Stage.IN_HAND, Stage.DONE, Stage.CLOSED, Stage.FIXED_ON_SPOT,
            Stage.CLOSED, Stage.IN_HAND, Stage.RETURNED, Stage.CLOSED};

    private DemoMatters() {
    }

    static void load(DemoRegions regions, GridSeeding grids, MatterSeeding matters, Instant now) {
        String lijiaxiang = regions.townshipCode(DemoGrids.LIJIAXIANG);
        String shangshu = regions.townshipCode(DemoGrids.SHANGSHU);
        String shangshuVillage = regions.villageCode(DemoGrids.SHANGSHU_VILLAGE);
        if (lijiaxiang == null || shangshu == null || shangshuVillage == null) {
            return;
        }
        List<String> lijiaxiangVillages = DemoGrids.lijiaxiangVillages(regions);
        int created = matters.ensure(lijiaxiang, seeds(grids, now, lijiaxiangVillages, "xu.yanliang", lijiaxiangVillages.getFirst() + "-01",
                "lijiaxiang.centre", "许**"));
        created += matters.ensure(shangshu, seeds(grids, now, List.of(shangshuVillage), "shangshu.grid", shangshuVillage + "-01",
                "shangshu.centre", "吴**"));
        log.info("Demo data: {} matters created (townships holding matters already were left as they are)", created);
    }

    private static List<Seed> seeds(GridSeeding grids, Instant now, List<String> villages, String worker, String workerGrid,
                                    String centre, String workerName) {
        List<Seed> seeds = new ArrayList<>();
        Instant start = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(30));
        for (int i = 0; i < 30; i++) {
            String[] topic = TOPICS[i % TOPICS.length];
            String village = villages.get(i % villages.size());
            boolean byWorker = i % 3 != 2;
            String gridCode = byWorker ? workerGrid : village + "-0" + (1 + i % 2);
            Long gridId = grids.idOf(gridCode).orElse(null);
            String region = gridCode.substring(0, gridCode.indexOf('-'));
            Stage stage = STAGES[i % STAGES.length];
            Instant reported = start.plus(Duration.ofHours(23L * i + 7));
            Instant deadline = reported.plus(Duration.ofDays(3));
            Instant done = reported.plus(Duration.ofHours(i % 4 == 0 ? 90 : 30));
            String ownerKind = switch (i % 3) {
                case 0 -> "GRID_WORKER";
                case 1 -> "VILLAGE";
                default -> "DEPARTMENT";
            };
            String owner = switch (ownerKind) {
                case "GRID_WORKER" -> worker;
                case "VILLAGE" -> village;
                default -> "综合行政执法队";
            };
            String ownerName = switch (ownerKind) {
                case "GRID_WORKER" -> workerName;
                case "VILLAGE" -> "村委会（" + village.substring(9) + "）";
                default -> owner;
            };
            if (done.isAfter(now)) {
                stage = stage == Stage.DONE || stage == Stage.CLOSED ? Stage.IN_HAND : stage;
            }
            if ((stage == Stage.DISPATCHED || stage == Stage.IN_HAND) && i % 4 != 1) {
                // most open ones are still in time; every fourth stays overdue
                deadline = now.truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(1 + i % 5));
            }
            seeds.add(new Seed(topic[0], topic[1], "演示数据：" + topic[1], region, gridId, byWorker ? worker : centre, reported, stage,
                    ownerKind, owner, ownerName, deadline, done, centre));
        }
        return seeds;
    }
}
