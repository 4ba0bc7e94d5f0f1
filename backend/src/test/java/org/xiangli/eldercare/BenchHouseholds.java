package org.xiangli.eldercare;

import org.xiangli.security.CurrentCaller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Households for the benchmarks, imported in bulk (a kit of three devices each). */
final class BenchHouseholds {

    private BenchHouseholds() {
    }

    /** Creates the households and returns their serials, three per household (P, M, D). */
    static List<String> create(ElderCareImport imports, String village, String prefix, int count) {
        List<ElderCareImport.Household> households = new ArrayList<>();
        List<String> serials = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String base = prefix + "%04d".formatted(n);
            List<ElderCareImport.Kit> kit = List.of(new ElderCareImport.Kit(base + "-P", "PANIC_BUTTON"),
                    new ElderCareImport.Kit(base + "-M", "MOTION_SENSOR"), new ElderCareImport.Kit(base + "-D", "DOOR_CONTACT"));
            kit.forEach(device -> serials.add(device.serial()));
            households.add(new ElderCareImport.Household(village, "基准老人" + n, "FEMALE", LocalDate.of(1940, 1, 1),
                    "DEMO%014d".formatted(n), "1380000%04d".formatted(n % 10000), "基准路" + n + "号", "ALONE", "LOW", "无",
                    List.of(), kit, LocalDate.of(2024, 1, 1), null));
        }
        CurrentCaller.asSystem(() -> imports.ensure(households));
        return serials;
    }

    /** The type a household device sends in place of the one wished for, when its kind does not send that one (P, M, D). */
    static String sendable(String serial, String wished) {
        DeviceType kind = serial.endsWith("-P") ? DeviceType.PANIC_BUTTON : serial.endsWith("-M") ? DeviceType.MOTION_SENSOR : DeviceType.DOOR_CONTACT;
        if (kind.sends().contains(EventType.valueOf(wished))) {
            return wished;
        }
        return switch (kind) {
            case MOTION_SENSOR -> "MOTION";
            case DOOR_CONTACT -> "DOOR_OPEN";
            default -> "HEARTBEAT";
        };
    }
}
