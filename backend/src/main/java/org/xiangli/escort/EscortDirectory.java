package org.xiangli.escort;

import org.springframework.stereotype.Service;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Role;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of escort and supervision for the batch-loaded nested fields, in the caller's scope (the
 * region filter). Callers outside {@code Roles.ESCORT_READERS} (the public, operators, grid
 * workers, integrators) read nothing: the public sees published projects, never their supervision.
 */
@Service
class EscortDirectory {

    private final MilestoneTemplates templates;
    private final MilestoneTemplateSteps templateSteps;
    private final ProjectEscorts escorts;
    private final Milestones milestones;
    private final SiteChecks checks;
    private final SiteCheckFindings findings;
    private final RiskPoints risks;
    private final ControlMeasures measures;

    EscortDirectory(MilestoneTemplates templates, MilestoneTemplateSteps templateSteps, ProjectEscorts escorts, Milestones milestones,
                    SiteChecks checks, SiteCheckFindings findings, RiskPoints risks, ControlMeasures measures) {
        this.templates = templates;
        this.templateSteps = templateSteps;
        this.escorts = escorts;
        this.milestones = milestones;
        this.checks = checks;
        this.findings = findings;
        this.risks = risks;
        this.measures = measures;
    }

    /** The roles of {@code Roles.ESCORT_READERS}. */
    static boolean reads(Caller caller) {
        return caller.has(Role.PLATFORM_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.VILLAGE_OFFICIAL, Role.COMMAND_CENTRE,
                Role.SUPERVISOR);
    }

    List<MilestoneTemplate> templates(String county) {
        return templates.findByRegionCodeOrderByCategory(county);
    }

    Map<Long, List<MilestoneTemplateStep>> templateSteps(Collection<Long> templateIds) {
        return templateIds.isEmpty() ? Map.of() : templateSteps.findByTemplateIdInOrderByPosition(templateIds).stream()
                .collect(Collectors.groupingBy(MilestoneTemplateStep::getTemplateId));
    }

    Map<Long, ProjectEscort> escorts(Collection<Long> projectIds) {
        return projectIds.isEmpty() || !reads(CurrentCaller.get()) ? Map.of() : escorts.findByProjectIdIn(projectIds).stream()
                .collect(Collectors.toMap(ProjectEscort::getProjectId, Function.identity()));
    }

    Map<Long, List<Milestone>> milestones(Collection<Long> projectIds) {
        return projectIds.isEmpty() || !reads(CurrentCaller.get()) ? Map.of()
                : milestones.findByProjectIdInOrderByPositionAscIdAsc(projectIds).stream().collect(Collectors.groupingBy(Milestone::getProjectId));
    }

    Map<Long, List<SiteCheck>> checks(Collection<Long> projectIds) {
        return projectIds.isEmpty() || !reads(CurrentCaller.get()) ? Map.of()
                : checks.findByProjectIdInOrderByCheckedOnDescIdDesc(projectIds).stream().collect(Collectors.groupingBy(SiteCheck::getProjectId));
    }

    Map<Long, List<SiteCheckFinding>> findings(Collection<Long> checkIds) {
        return checkIds.isEmpty() ? Map.of() : findings.findByCheckIdInOrderByPosition(checkIds).stream()
                .collect(Collectors.groupingBy(SiteCheckFinding::getCheckId));
    }

    Map<Long, List<RiskPoint>> risks(Collection<Long> projectIds) {
        return projectIds.isEmpty() || !reads(CurrentCaller.get()) ? Map.of()
                : risks.findByProjectIdInOrderById(projectIds).stream().collect(Collectors.groupingBy(RiskPoint::getProjectId));
    }

    Map<Long, List<ControlMeasure>> measures(Collection<Long> riskIds) {
        return riskIds.isEmpty() ? Map.of() : measures.findByRiskPointIdInOrderById(riskIds).stream()
                .collect(Collectors.groupingBy(ControlMeasure::getRiskPointId));
    }
}
