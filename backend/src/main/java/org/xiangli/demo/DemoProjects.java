package org.xiangli.demo;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.xiangli.pool.PoolCatalogue;
import org.xiangli.project.FundingSource;
import org.xiangli.project.NewProject;
import org.xiangli.project.ProjectCategory;
import org.xiangli.project.ProjectRegistry;
import org.xiangli.project.ProjectStatus;
import org.xiangli.security.CurrentCaller;
import org.xiangli.time.CountyCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The projects of zhejiang-facts.yaml, placed in the demo regions and published for the village
 * affairs disclosure, and an illustrative pool round of 安吉县 with a small catalogue. Budgets are
 * set only where the facts give one (临杭产业园, 15亿); start years only where they say so.
 * Idempotent like the rest of the demo data.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "xiangli.demo.enabled", matchIfMissing = true)
class DemoProjects {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);
    private static final Pattern AMOUNT = Pattern.compile("([\\d.]+)(亿|万)");
    private static final Pattern STARTED = Pattern.compile("started (\\d{4})");

    private final ProjectRegistry registry;
    private final PoolCatalogue pool;
    private final Clock clock;

    DemoProjects(ProjectRegistry registry, PoolCatalogue pool, Clock clock) {
        this.registry = registry;
        this.pool = pool;
        this.clock = clock;
    }

    record Entry(NewProject project, ProjectStatus status, @Nullable LocalDate started) {
    }

    void load(Map<String, Object> facts, DemoRegions regions) {
        int year = CountyCalendar.today(clock).getYear();
        List<Entry> entries = entries(facts, regions, year);
        CurrentCaller.asSystem(() -> {
            long created = entries.stream()
                    .filter(entry -> registry.ensure(entry.project(), entry.status(), entry.started(), null)).count();
            boolean round = loadRound(year);
            log.info("Demo data: {} of {} projects created, {} pool round for {}", created, entries.size(),
                    round ? "a new" : "the existing", year);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    static List<Entry> entries(Map<String, Object> facts, DemoRegions regions, int year) {
        List<Entry> entries = new ArrayList<>();
        for (Map<String, Object> project : (List<Map<String, Object>>) facts.getOrDefault("projects", List.of())) {
            String owner = owner(project, regions);
            if (owner == null) {
                continue;
            }
            String name = (String) project.get("name");
            List<String> notes = (List<String>) project.getOrDefault("facts", List.of());
            Map<FundingSource, BigDecimal> budget = project.get("budget") == null ? Map.of()
                    : Map.of(FundingSource.SOCIAL_CAPITAL, amount((String) project.get("budget")));
            LocalDate started = notes.stream().map(STARTED::matcher).filter(Matcher::find)
                    .map(m -> LocalDate.of(Integer.parseInt(m.group(1)), 1, 1)).findFirst().orElse(null);
            entries.add(new Entry(new NewProject(name, ProjectCategory.valueOf((String) project.get("category")),
                    project.get("gloss") + " (演示 demo)", owner, String.join("; ", notes),
                    started != null ? started.getYear() : year, null, null, Map.of(), budget, null, true),
                    project.get("status") == null ? ProjectStatus.APPROVED : ProjectStatus.valueOf((String) project.get("status")),
                    started));
        }
        return entries;
    }

    /** An illustrative round of 安吉县 for the current year: the menu villages choose from. */
    private boolean loadRound(int year) {
        return pool.ensureRound("330523", year, year + "年共同富裕项目池（演示）", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                new BigDecimal("30000000.00"), List.of(
                        new PoolCatalogue.ItemDraft("GF-ROAD", ProjectCategory.TRANSPORT, "村道提升", "village road upgrade",
                                "administrative villages", new BigDecimal("1500000.00")),
                        new PoolCatalogue.ItemDraft("GF-WORKSHOP", ProjectCategory.COMMON_PROSPERITY, "共富工坊", "common-prosperity workshop",
                                "villages with a collective operating income below 100万", new BigDecimal("800000.00")),
                        new PoolCatalogue.ItemDraft("GF-CULTURE", ProjectCategory.CULTURE_TOURISM, "文化礼堂改造", "village cultural hall renovation",
                                null, new BigDecimal("600000.00")),
                        new PoolCatalogue.ItemDraft("GF-DIGITAL", ProjectCategory.DIGITAL, "数字乡村", "digital village services",
                                null, new BigDecimal("500000.00"))));
    }

    private static @Nullable String owner(Map<String, Object> project, DemoRegions regions) {
        if (project.get("village") != null) {
            return regions.villageCode((String) project.get("village"));
        }
        if (project.get("township") != null) {
            return regions.townshipCode((String) project.get("township"));
        }
        return (String) project.get("county");
    }

    private static BigDecimal amount(String text) {
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an amount: " + text);
        }
        return new BigDecimal(m.group(1)).movePointRight("亿".equals(m.group(2)) ? 8 : 4).setScale(2);
    }
}
