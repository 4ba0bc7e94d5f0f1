package org.xiangli.demo;

import org.xiangli.eldercare.ElderCareImport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 530 households of the 临平区 安居守护 programme (zhejiang-facts.yaml, eldercare_programme), with
 * FICTIONAL elders: generated names, ID numbers starting with DEMO, phones 1380000xxxx. Every
 * household gets a panic button, a PIR motion sensor and a door contact with serials
 * {@code DEMO-HH0001-P / -M / -D} … {@code DEMO-HH0530-…}, the scheme the household simulator uses.
 */
final class DemoElders {

    static final int HOUSEHOLDS = 530;

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗沈";
    private static final String[] GIVEN = {"桂英", "秀英", "美华", "阿毛", "金花", "志明", "根宝", "小妹", "福林", "玉兰", "永康", "月娥",
            "国庆", "彩凤", "长根", "素珍"};
    private static final String[] SITUATIONS = {"ALONE", "NO_FAMILY", "EMPTY_NEST", "SPECIAL_HARDSHIP"};

    private DemoElders() {
    }

    /** Serial of a device of demo household {@code n} (1-based); kind is P, M or D. */
    static String serial(int n, char kind) {
        return "DEMO-HH%04d-%c".formatted(n, kind);
    }

    /**
     * Three FICTIONAL elders in each given grid (village code and grid code), their grid worker first
     * on the call tree: the grid answers their alerts first. Serials {@code DEMO-GRnn-m-P/M/D}.
     */
    static List<ElderCareImport.Household> gridded(List<String[]> villageAndGrid) {
        List<ElderCareImport.Household> households = new ArrayList<>();
        for (int g = 0; g < villageAndGrid.size(); g++) {
            String village = villageAndGrid.get(g)[0];
            String grid = villageAndGrid.get(g)[1];
            for (int m = 1; m <= 3; m++) {
                int n = 900 + 10 * g + m;
                String serial = "DEMO-GR%02d-%d-".formatted(g + 1, m);
                households.add(new ElderCareImport.Household(village, SURNAMES.charAt(n % SURNAMES.length()) + GIVEN[(n * 7) % GIVEN.length],
                        m % 2 == 0 ? "MALE" : "FEMALE", LocalDate.of(1935 + m, m, 10 + g), "DEMO%014d".formatted(n),
                        "1380000%04d".formatted(n), "演示网格" + grid + "第" + m + "户",
                        SITUATIONS[m % SITUATIONS.length], m == 1 ? "HIGH" : "MEDIUM", "无特殊",
                        List.of(new ElderCareImport.Contact("GRID_WORKER", "演示网格员", "1380000%04d".formatted(7100 + g)),
                                new ElderCareImport.Contact("FAMILY", "演示家属" + n, "1380000%04d".formatted(5000 + n))),
                        List.of(new ElderCareImport.Kit(serial + "P", "PANIC_BUTTON"),
                                new ElderCareImport.Kit(serial + "M", "MOTION_SENSOR"),
                                new ElderCareImport.Kit(serial + "D", "DOOR_CONTACT")),
                        LocalDate.of(2024, 3, 1), grid));
            }
        }
        return households;
    }

    static List<ElderCareImport.Household> households(String villageCode) {
        List<ElderCareImport.Household> households = new ArrayList<>(HOUSEHOLDS);
        for (int n = 1; n <= HOUSEHOLDS; n++) {
            String name = SURNAMES.charAt(n % SURNAMES.length()) + GIVEN[(n * 7) % GIVEN.length];
            LocalDate born = LocalDate.of(1930 + n % 25, 1 + n % 12, 1 + n % 28);
            households.add(new ElderCareImport.Household(villageCode, name, n % 3 == 0 ? "MALE" : "FEMALE", born,
                    "DEMO%014d".formatted(n), "1380000%04d".formatted(n), "临平区崇贤街道演示路" + n + "号",
                    SITUATIONS[n % SITUATIONS.length], n % 5 == 0 ? "HIGH" : n % 2 == 0 ? "MEDIUM" : "LOW",
                    n % 4 == 0 ? "高血压，按时服药" : "无特殊",
                    List.of(new ElderCareImport.Contact("FAMILY", "演示家属" + n, "1380000%04d".formatted(5000 + n)),
                            new ElderCareImport.Contact("NEIGHBOUR", "演示邻居" + n, "1380000%04d".formatted(6000 + n)),
                            new ElderCareImport.Contact("GRID_WORKER", "演示网格员" + (1 + n % 12), "1380000%04d".formatted(7000 + n % 12)),
                            new ElderCareImport.Contact("COMMUNITY_STAFF", "演示社区干部", "13800007999")),
                    List.of(new ElderCareImport.Kit(serial(n, 'P'), "PANIC_BUTTON"),
                            new ElderCareImport.Kit(serial(n, 'M'), "MOTION_SENSOR"),
                            new ElderCareImport.Kit(serial(n, 'D'), "DOOR_CONTACT")),
                    LocalDate.of(2023, 8, 1).plusDays(n % 300), null));
        }
        return households;
    }
}
