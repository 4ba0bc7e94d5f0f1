package org.xiangli.escort;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.matter.MatterFiling;
import org.xiangli.project.Project;
import org.xiangli.project.ProjectCategory;
import org.xiangli.project.ProjectDirectory;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Role;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.xiangli.escort.EscortEnums.ControlMeasureStatus;
import static org.xiangli.escort.EscortInputs.AddControlMeasureInput;
import static org.xiangli.escort.EscortInputs.AddRiskPointInput;
import static org.xiangli.escort.EscortInputs.CompleteMilestoneInput;
import static org.xiangli.escort.EscortInputs.EscortProjectInput;
import static org.xiangli.escort.EscortInputs.MilestoneTemplateStepInput;
import static org.xiangli.escort.EscortInputs.RecordSiteCheckInput;
import static org.xiangli.escort.EscortInputs.SetMilestoneTemplateInput;
import static org.xiangli.escort.EscortInputs.SiteCheckFindingInput;
import static org.xiangli.escort.EscortInputs.UpdateControlMeasureInput;
import static org.xiangli.escort.EscortInputs.UpdateMilestoneInput;

/**
 * The writes of escort and supervision. Who may call each is the controller's {@code @PreAuthorize};
 * here every write is also held to the caller's area: the project must be one they see (the region
 * filter) and lie in their scope.
 */
@Service
@Transactional
class EscortDesk {

    /** The milestones of a category whose county set none. */
    static final List<MilestoneTemplateStepInput> DEFAULT_STEPS = List.of(
            new MilestoneTemplateStepInput("开工", 0), new MilestoneTemplateStepInput("竣工", 180), new MilestoneTemplateStepInput("验收", 210));

    private final MilestoneTemplates templates;
    private final MilestoneTemplateSteps templateSteps;
    private final ProjectEscorts escorts;
    private final Milestones milestones;
    private final SiteChecks checks;
    private final SiteCheckFindings findings;
    private final RiskPoints risks;
    private final ControlMeasures measures;
    private final ProjectDirectory projects;
    private final MatterFiling filing;
    private final VersionGuard versions;
    private final Clock clock;

    EscortDesk(MilestoneTemplates templates, MilestoneTemplateSteps templateSteps, ProjectEscorts escorts, Milestones milestones,
               SiteChecks checks, SiteCheckFindings findings, RiskPoints risks, ControlMeasures measures, ProjectDirectory projects,
               MatterFiling filing, VersionGuard versions, Clock clock) {
        this.templates = templates;
        this.templateSteps = templateSteps;
        this.escorts = escorts;
        this.milestones = milestones;
        this.checks = checks;
        this.findings = findings;
        this.risks = risks;
        this.measures = measures;
        this.projects = projects;
        this.filing = filing;
        this.versions = versions;
        this.clock = clock;
    }

    MilestoneTemplate setTemplate(SetMilestoneTemplateInput input) {
        String county = county(input.county(), "input.county");
        Set<String> names = new HashSet<>();
        int last = 0;
        for (int i = 0; i < input.steps().size(); i++) {
            MilestoneTemplateStepInput step = input.steps().get(i);
            String field = "input.steps[" + i + "]";
            if (!names.add(step.name().strip())) {
                throw ApiException.badRequest(field + ".name", "the step " + step.name().strip() + " is named twice");
            }
            if (step.offsetDays() < last) {
                throw ApiException.badRequest(field + ".offsetDays", "steps are in order: " + step.offsetDays()
                        + " days comes before the step above it (" + last + " days)");
            }
            last = step.offsetDays();
        }
        MilestoneTemplate template = templates.findByRegionCodeAndCategory(county, input.category()).orElse(null);
        if (template == null) {
            if (input.version() != null) {
                throw ApiException.notFound("input.version", "no template of " + input.category() + " in " + county + " yet: leave the version out");
            }
            template = templates.saveAndFlush(new MilestoneTemplate(county, input.category()));
        } else {
            if (input.version() == null) {
                throw ApiException.conflict("input.version", "the template of " + input.category() + " exists: send the version you read");
            }
            versions.claim(template, input.version(), "The milestone template");
            templateSteps.deleteByTemplate(template.getId());
        }
        for (int i = 0; i < input.steps().size(); i++) {
            MilestoneTemplateStepInput step = input.steps().get(i);
            templateSteps.save(new MilestoneTemplateStep(template.getId(), i + 1, step.name().strip(), step.offsetDays()));
        }
        return template;
    }

    Project escort(EscortProjectInput input) {
        Caller caller = CurrentCaller.get();
        Project project = project(input.projectId(), "input.projectId");
        ProjectEscort escort = escorts.findByProjectId(project.getId()).orElse(null);
        if (escort == null) {
            if (input.version() != null) {
                throw ApiException.notFound("input.version", "the project is not escorted yet: leave the version out");
            }
            escort = new ProjectEscort(project.getId(), project.getRegionCode(), caller.name());
            escort.commission(input.commissionerUsername().strip(), input.commissionerName().strip());
            escorts.saveAndFlush(escort);
            LocalDate start = project.getPlannedStart() != null ? project.getPlannedStart() : CountyCalendar.today(clock);
            List<MilestoneTemplateStepInput> steps = stepsOf(project.getRegionCode().substring(0, 6), project.getCategory());
            for (int i = 0; i < steps.size(); i++) {
                milestones.saveAndFlush(new Milestone(project.getId(), project.getRegionCode(), i + 1, steps.get(i).name(),
                        start.plusDays(steps.get(i).offsetDays())));
            }
        } else {
            if (input.version() == null) {
                throw ApiException.conflict("input.version", "the project is escorted already: send the escort's version to change its commissioner");
            }
            versions.claim(escort, input.version(), "The escort of " + project.getName());
            escort.commission(input.commissionerUsername().strip(), input.commissionerName().strip());
            escorts.saveAndFlush(escort);
        }
        return project;
    }

    Milestone updateMilestone(UpdateMilestoneInput input) {
        Milestone milestone = milestone(input.id(), input.version());
        milestone.change(input.name() == null ? null : input.name().strip(), input.deadline(),
                input.responsible() == null ? null : input.responsible().strip());
        return milestones.saveAndFlush(milestone);
    }

    Milestone completeMilestone(CompleteMilestoneInput input) {
        Milestone milestone = milestone(input.id(), input.version());
        LocalDate today = CountyCalendar.today(clock);
        LocalDate on = input.doneOn() == null ? today : input.doneOn();
        if (on.isAfter(today)) {
            throw ApiException.badRequest("input.doneOn", "a milestone is done on a day that has come: " + on + " is after today, " + today);
        }
        if (milestone.getDoneOn() != null) {
            throw ApiException.conflict("input.id", "the milestone " + milestone.getName() + " was done on " + milestone.getDoneOn() + " already");
        }
        milestone.done(on);
        return milestones.saveAndFlush(milestone);
    }

    SiteCheck recordCheck(RecordSiteCheckInput input) {
        Caller caller = CurrentCaller.get();
        Project project = project(input.projectId(), "input.projectId");
        LocalDate today = CountyCalendar.today(clock);
        if (input.checkedOn().isAfter(today)) {
            throw ApiException.badRequest("input.checkedOn", "a check is recorded once made: " + input.checkedOn() + " is after today, " + today);
        }
        SiteCheck check = checks.saveAndFlush(new SiteCheck(project.getId(), project.getRegionCode(), input.checkedOn(),
                input.checkers().strip(), blankToNull(input.summary()), caller.name()));
        List<SiteCheckFindingInput> found = input.findings();
        for (int i = 0; i < found.size(); i++) {
            SiteCheckFindingInput finding = found.get(i);
            String field = "input.findings[" + i + "]";
            MatterFiling.Owner owner;
            try {
                owner = EscortInputs.findingOwner(finding.ownerKind());
            } catch (ApiException e) {
                throw ApiException.badRequest(field + ".ownerKind", e.getMessage());
            }
            String region = owner == MatterFiling.Owner.VILLAGE ? finding.owner().strip() : project.getRegionCode();
            if (region.length() < 9) {
                throw ApiException.badRequest(field + ".ownerKind", "the project is the county's own: send a finding to the village responsible");
            }
            long matterId;
            try {
                matterId = filing.file(new MatterFiling.Filing(MatterFiling.Kind.SUPERVISION_FINDING, finding.title().strip(),
                        blankToNull(finding.description()), region, project.getId(), owner, finding.owner().strip(), finding.deadline(),
                        "监督检查 " + input.checkedOn() + "，请整改"));
            } catch (ApiException e) {
                throw rename(e, field);
            }
            findings.save(new SiteCheckFinding(check, i + 1, matterId));
        }
        return check;
    }

    RiskPoint addRisk(AddRiskPointInput input) {
        Project project = project(input.projectId(), "input.projectId");
        return risks.saveAndFlush(new RiskPoint(project.getId(), project.getRegionCode(), input.description().strip(), input.level()));
    }

    ControlMeasure addMeasure(AddControlMeasureInput input) {
        RiskPoint risk = risks.findOneById(GlobalId.decode(input.riskPointId(), RiskPoint.TYPE, "input.riskPointId"))
                .filter(found -> CurrentCaller.get().covers(found.regionCode()))
                .orElseThrow(() -> ApiException.notFound("input.riskPointId", "no risk point with this ID in your scope"));
        return measures.saveAndFlush(new ControlMeasure(risk, input.what().strip(), input.who().strip(),
                input.status() == null ? ControlMeasureStatus.PLANNED : input.status()));
    }

    ControlMeasure updateMeasure(UpdateControlMeasureInput input) {
        ControlMeasure measure = measures.findOneById(GlobalId.decode(input.id(), ControlMeasure.TYPE, "input.id"))
                .filter(found -> CurrentCaller.get().covers(found.regionCode()))
                .orElseThrow(() -> ApiException.notFound("input.id", "no control measure with this ID in your scope"));
        versions.claim(measure, input.version(), "The control measure");
        measure.status(input.status());
        return measures.saveAndFlush(measure);
    }

    private List<MilestoneTemplateStepInput> stepsOf(String county, ProjectCategory category) {
        return templates.findByRegionCodeAndCategory(county, category)
                .map(template -> templateSteps.findByTemplateIdInOrderByPosition(List.of(template.getId())).stream()
                        .map(step -> new MilestoneTemplateStepInput(step.getName(), step.getOffsetDays())).toList())
                .filter(steps -> !steps.isEmpty())
                .orElse(DEFAULT_STEPS);
    }

    private Milestone milestone(String globalId, long version) {
        Milestone milestone = milestones.findOneById(GlobalId.decode(globalId, Milestone.TYPE, "input.id"))
                .filter(found -> CurrentCaller.get().covers(found.regionCode()))
                .orElseThrow(() -> ApiException.notFound("input.id", "no milestone with this ID in your scope"));
        return versions.claim(milestone, version, "The milestone " + milestone.getName());
    }

    /** A project the caller sees and whose area is theirs. */
    private Project project(String globalId, String field) {
        return projects.byId(GlobalId.decode(globalId, ProjectDirectory.TYPE, field))
                .filter(project -> CurrentCaller.get().covers(project.getRegionCode()))
                .orElseThrow(() -> ApiException.notFound(field, "no project with this ID in your scope"));
    }

    /** The county given (it must be the caller's, unless they are the platform's) or the caller's. */
    static String county(@Nullable String given, String field) {
        Caller caller = CurrentCaller.get();
        String own = caller.region() == null ? null : caller.region().substring(0, 6);
        if (given == null) {
            if (own == null) {
                throw ApiException.badRequest(field, "say which county: a 6-digit division code");
            }
            return own;
        }
        if (!given.matches("\\d{6}")) {
            throw ApiException.badRequest(field, "a county's division code has 6 digits, not " + given);
        }
        if (own != null && !own.equals(given) && !caller.has(Role.PLATFORM_ADMIN)) {
            throw ApiException.forbidden("the milestone templates of " + given + " are not your county's");
        }
        return given;
    }

    /** The ledger's error with the finding's field in front of the ledger's (input.owner → input.findings[0].owner). */
    private static ApiException rename(ApiException error, String field) {
        String inner = error.field() == null ? "" : error.field().replaceFirst("^input\\.", "").replace("regionCode", "owner");
        return switch (error.classification()) {
            case NOT_FOUND -> ApiException.notFound(field + "." + inner, error.getMessage());
            case BAD_REQUEST -> ApiException.badRequest(field + "." + inner, error.getMessage());
            default -> error;
        };
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
