package org.xiangli.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.xiangli.eldercare.ElderCareImport;
import org.xiangli.escort.EscortSeeding;
import org.xiangli.grid.GridSeeding;
import org.xiangli.matter.MatterSeeding;
import org.xiangli.region.RegionImport;
import org.xiangli.security.CurrentCaller;
import org.xiangli.talent.TalentSeeding;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

/**
 * Loads the demo data set built from {@code demo/zhejiang-facts.yaml} on start. Idempotent: what
 * exists is kept, nothing is duplicated. Never active in the {@code prod} profile.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "xiangli.demo.enabled", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final RegionImport regions;
    private final DemoProjects projects;
    private final TalentSeeding talents;
    private final ElderCareImport elderCare;
    private final GridSeeding grids;
    private final MatterSeeding matters;
    private final Clock clock;
    private final EscortSeeding escort;

    DemoData(RegionImport regions, DemoProjects projects, TalentSeeding talents, ElderCareImport elderCare, GridSeeding grids,
             MatterSeeding matters, Clock clock, EscortSeeding escort) {
        this.escort = escort;
        this.grids = grids;
        this.matters = matters;
        this.clock = clock;
        this.regions = regions;
        this.projects = projects;
        this.talents = talents;
        this.elderCare = elderCare;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Map<String, Object> facts = facts();
        DemoRegions demo = new DemoRegions(facts);
        CurrentCaller.asSystem(() -> {
            loadRegions(demo);
            projects.load(facts, demo);
            DemoTalents.load(facts, demo, talents);
            DemoGrids.load(demo, regions, grids, talents);
            DemoMatters.load(demo, grids, matters, clock.instant());
            DemoEscort.load(demo, escort);
            log.info("Demo data: {} elder-care households created",
                    elderCare.ensure(DemoElders.households(demo.villageCode("杨家浜社区"))));
            log.info("Demo data: {} elder-care households in grids created", elderCare.ensure(DemoElders.gridded(DemoGrids.elderGrids(demo))));
            return null;
        });
    }

    private void loadRegions(DemoRegions demo) {
        long created = demo.units().stream().filter(regions::ensure).count();
        long incomes = demo.incomes().stream()
                .filter(income -> regions.ensureIncome(income.villageCode(), income.year(), income.amount())).count();
        demo.contacts().forEach(contact -> regions.ensureContact(contact.code(), contact.name(), contact.phone()));
        log.info("Demo data: {} of {} regions created, {} income figures recorded (the rest existed)",
                created, demo.units().size(), incomes);
    }

    private static Map<String, Object> facts() throws IOException {
        try (InputStream in = new ClassPathResource("demo/zhejiang-facts.yaml").getInputStream()) {
            return new Yaml().load(in);
        }
    }
}
