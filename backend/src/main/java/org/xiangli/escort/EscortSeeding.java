package org.xiangli.escort;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.matter.MatterFiling;
import org.xiangli.project.ProjectCategory;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.xiangli.escort.EscortEnums.ControlMeasureStatus;
import static org.xiangli.escort.EscortEnums.RiskPointLevel;

/**
 * Demo and import seeding of escort and supervision, run as the platform itself: templates, and
 * escorted projects with their milestones, a site check and a risk register. Each seed is made once
 * (a project already escorted is left as it is); dates are relative to the day of seeding.
 */
@Service
@Transactional
public class EscortSeeding {

    /** A milestone due {@code dueInDays} from today (negative: in the past), done on its deadline when {@code done}. */
    public record MilestoneSeed(String name, int dueInDays, @Nullable String responsible, boolean done) {
    }

    /** A risk point with its measures, each {what, who, status (PLANNED, IN_PLACE, FAILING)}. */
    public record RiskSeed(String description, String level, List<List<String>> measures) {
    }

    /** A site check finding sent to a village, due in some days. */
    public record FindingSeed(String title, String village, int dueInDays) {
    }

    /** An escorted project, found by its name in its owning unit. */
    public record Seed(String projectName, String regionCode, String commissionerUsername, String commissionerName,
                       List<MilestoneSeed> milestones, @Nullable String checkers, @Nullable String checkSummary, String recordedBy,
                       List<FindingSeed> findings, List<RiskSeed> risks) {
    }

    private final MilestoneTemplates templates;
    private final MilestoneTemplateSteps templateSteps;
    private final ProjectEscorts escorts;
    private final Milestones milestones;
    private final SiteChecks checks;
    private final SiteCheckFindings findings;
    private final RiskPoints risks;
    private final ControlMeasures measures;
    private final MatterFiling filing;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EscortSeeding(MilestoneTemplates templates, MilestoneTemplateSteps templateSteps, ProjectEscorts escorts, Milestones milestones,
                  SiteChecks checks, SiteCheckFindings findings, RiskPoints risks, ControlMeasures measures, MatterFiling filing,
                  JdbcTemplate jdbc, Clock clock) {
        this.templates = templates;
        this.templateSteps = templateSteps;
        this.escorts = escorts;
        this.milestones = milestones;
        this.checks = checks;
        this.findings = findings;
        this.risks = risks;
        this.measures = measures;
        this.filing = filing;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The template of a category in a county, unless it has one; steps are {name, offsetDays}. */
    public boolean ensureTemplate(String county, ProjectCategory category, List<String> names, List<Integer> offsetDays) {
        if (templates.findByRegionCodeAndCategory(county, category).isPresent()) {
            return false;
        }
        MilestoneTemplate template = templates.saveAndFlush(new MilestoneTemplate(county, category));
        for (int i = 0; i < names.size(); i++) {
            templateSteps.save(new MilestoneTemplateStep(template.getId(), i + 1, names.get(i), offsetDays.get(i)));
        }
        return true;
    }

    /** Escorts the project as the seed says, unless it is escorted already or does not exist. */
    public boolean ensure(Seed seed) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM project WHERE name = ? AND region_code = ?", Long.class,
                seed.projectName(), seed.regionCode());
        if (ids.isEmpty() || escorts.findByProjectId(ids.getFirst()).isPresent()) {
            return false;
        }
        long projectId = ids.getFirst();
        LocalDate today = CountyCalendar.today(clock);
        ProjectEscort escort = new ProjectEscort(projectId, seed.regionCode(), "system");
        escort.commission(seed.commissionerUsername(), seed.commissionerName());
        escorts.saveAndFlush(escort);
        for (int i = 0; i < seed.milestones().size(); i++) {
            MilestoneSeed m = seed.milestones().get(i);
            Milestone milestone = new Milestone(projectId, seed.regionCode(), i + 1, m.name(), today.plusDays(m.dueInDays()));
            milestone.change(null, null, m.responsible());
            if (m.done()) {
                milestone.done(today.plusDays(m.dueInDays()).isAfter(today) ? today : today.plusDays(m.dueInDays()));
            }
            milestones.saveAndFlush(milestone);
        }
        if (seed.checkers() != null) {
            SiteCheck check = checks.saveAndFlush(new SiteCheck(projectId, seed.regionCode(), today.minusDays(3), seed.checkers(),
                    seed.checkSummary(), seed.recordedBy()));
            for (int i = 0; i < seed.findings().size(); i++) {
                FindingSeed f = seed.findings().get(i);
                long matterId = filing.file(new MatterFiling.Filing(MatterFiling.Kind.SUPERVISION_FINDING, f.title(), null, f.village(),
                        projectId, MatterFiling.Owner.VILLAGE, f.village(),
                        clock.instant().plus(Duration.ofDays(f.dueInDays())).truncatedTo(ChronoUnit.SECONDS), "监督检查发现问题，请整改（演示）"));
                findings.save(new SiteCheckFinding(check, i + 1, matterId));
            }
        }
        for (RiskSeed r : seed.risks()) {
            RiskPoint risk = risks.saveAndFlush(new RiskPoint(projectId, seed.regionCode(), r.description(), RiskPointLevel.valueOf(r.level())));
            for (List<String> m : r.measures()) {
                measures.saveAndFlush(new ControlMeasure(risk, m.get(0), m.get(1), ControlMeasureStatus.valueOf(m.get(2))));
            }
        }
        return true;
    }
}
