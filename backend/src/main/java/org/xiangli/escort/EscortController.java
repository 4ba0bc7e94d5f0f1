package org.xiangli.escort;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.xiangli.graphql.BatchMaps;
import org.xiangli.graphql.GlobalId;
import org.xiangli.matter.MatterFiling;
import org.xiangli.project.Project;
import org.xiangli.security.Roles;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.xiangli.escort.EscortInputs.AddControlMeasureInput;
import static org.xiangli.escort.EscortInputs.AddRiskPointInput;
import static org.xiangli.escort.EscortInputs.CompleteMilestoneInput;
import static org.xiangli.escort.EscortInputs.ControlMeasurePayload;
import static org.xiangli.escort.EscortInputs.EscortProjectInput;
import static org.xiangli.escort.EscortInputs.MilestonePayload;
import static org.xiangli.escort.EscortInputs.MilestoneTemplatePayload;
import static org.xiangli.escort.EscortInputs.ProjectEscortPayload;
import static org.xiangli.escort.EscortInputs.RecordSiteCheckInput;
import static org.xiangli.escort.EscortInputs.RiskPointPayload;
import static org.xiangli.escort.EscortInputs.SetMilestoneTemplateInput;
import static org.xiangli.escort.EscortInputs.SiteCheckPayload;
import static org.xiangli.escort.EscortInputs.UpdateControlMeasureInput;
import static org.xiangli.escort.EscortInputs.UpdateMilestoneInput;

/** GraphQL entry points of escort and supervision; nested fields are batch-loaded. */
@Controller
class EscortController {

    private final EscortDirectory directory;
    private final EscortDesk desk;
    private final MatterFiling matters;
    private final Clock clock;

    EscortController(EscortDirectory directory, EscortDesk desk, MatterFiling matters, Clock clock) {
        this.directory = directory;
        this.desk = desk;
        this.matters = matters;
        this.clock = clock;
    }

    @QueryMapping
    @PreAuthorize(Roles.ESCORT_READERS)
    List<MilestoneTemplate> milestoneTemplates(@Argument @Nullable String county) {
        return directory.templates(EscortDesk.county(county, "county"));
    }

    @MutationMapping
    @PreAuthorize(Roles.COUNTY_ADMINS)
    MilestoneTemplatePayload setMilestoneTemplate(@Argument @Valid SetMilestoneTemplateInput input) {
        return new MilestoneTemplatePayload(desk.setTemplate(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ESCORT_KEEPERS)
    ProjectEscortPayload escortProject(@Argument @Valid EscortProjectInput input) {
        return new ProjectEscortPayload(desk.escort(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ESCORT_KEEPERS)
    MilestonePayload updateMilestone(@Argument @Valid UpdateMilestoneInput input) {
        return new MilestonePayload(desk.updateMilestone(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ESCORT_KEEPERS)
    MilestonePayload completeMilestone(@Argument @Valid CompleteMilestoneInput input) {
        return new MilestonePayload(desk.completeMilestone(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.SUPERVISORS)
    SiteCheckPayload recordSiteCheck(@Argument @Valid RecordSiteCheckInput input) {
        return new SiteCheckPayload(desk.recordCheck(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.SUPERVISORS)
    RiskPointPayload addRiskPoint(@Argument @Valid AddRiskPointInput input) {
        return new RiskPointPayload(desk.addRisk(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.SUPERVISORS)
    ControlMeasurePayload addControlMeasure(@Argument @Valid AddControlMeasureInput input) {
        return new ControlMeasurePayload(desk.addMeasure(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.SUPERVISORS)
    ControlMeasurePayload updateControlMeasure(@Argument @Valid UpdateControlMeasureInput input) {
        return new ControlMeasurePayload(desk.updateMeasure(input));
    }

    @BatchMapping(typeName = "Project")
    Map<Project, ProjectEscort> escort(List<Project> projects) {
        return BatchMaps.one(projects, Project::getId, directory.escorts(BatchMaps.keys(projects, Project::getId)));
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<SiteCheck>> siteChecks(List<Project> projects) {
        return BatchMaps.many(projects, Project::getId, directory.checks(BatchMaps.keys(projects, Project::getId)));
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<RiskPoint>> riskPoints(List<Project> projects) {
        return BatchMaps.many(projects, Project::getId, directory.risks(BatchMaps.keys(projects, Project::getId)));
    }

    @SchemaMapping(typeName = "ProjectEscort")
    ProjectEscort.@Nullable Commissioner commissioner(ProjectEscort escort) {
        return escort.commissioner();
    }

    @BatchMapping(typeName = "ProjectEscort")
    Map<ProjectEscort, List<Milestone>> milestones(List<ProjectEscort> escorts) {
        return BatchMaps.many(escorts, ProjectEscort::getProjectId, directory.milestones(BatchMaps.keys(escorts, ProjectEscort::getProjectId)));
    }

    @SchemaMapping(typeName = "Milestone")
    String id(Milestone milestone) {
        return GlobalId.of(Milestone.TYPE, milestone.getId());
    }

    @BatchMapping(typeName = "Milestone")
    Map<Milestone, Boolean> overdue(List<Milestone> milestones) {
        LocalDate today = CountyCalendar.today(clock);
        return BatchMaps.each(milestones, milestone -> milestone.isOverdue(today));
    }

    @BatchMapping(typeName = "Milestone")
    Map<Milestone, Object> overdueMatter(List<Milestone> milestones) {
        return BatchMaps.one(milestones, Milestone::getOverdueMatterId, matters.byIds(BatchMaps.keys(milestones, Milestone::getOverdueMatterId)));
    }

    @SchemaMapping(typeName = "MilestoneTemplate")
    String id(MilestoneTemplate template) {
        return GlobalId.of(MilestoneTemplate.TYPE, template.getId());
    }

    @BatchMapping(typeName = "MilestoneTemplate")
    Map<MilestoneTemplate, List<MilestoneTemplateStep>> steps(List<MilestoneTemplate> templates) {
        return BatchMaps.many(templates, MilestoneTemplate::getId, directory.templateSteps(BatchMaps.keys(templates, MilestoneTemplate::getId)));
    }

    @SchemaMapping(typeName = "SiteCheck")
    String id(SiteCheck check) {
        return GlobalId.of(SiteCheck.TYPE, check.getId());
    }

    /** The findings' matters in the order given; those the caller does not see on the ledger are left out. */
    @BatchMapping(typeName = "SiteCheck")
    Map<SiteCheck, List<Object>> findings(List<SiteCheck> checks) {
        Map<Long, List<SiteCheckFinding>> byCheck = directory.findings(BatchMaps.keys(checks, SiteCheck::getId));
        Map<Long, Object> found = matters.byIds(byCheck.values().stream().flatMap(List::stream).map(SiteCheckFinding::getMatterId).toList());
        Map<SiteCheck, List<Object>> result = new LinkedHashMap<>();
        for (SiteCheck check : checks) {
            result.put(check, byCheck.getOrDefault(check.getId(), List.of()).stream()
                    .map(finding -> found.get(finding.getMatterId())).filter(Objects::nonNull).toList());
        }
        return result;
    }

    @SchemaMapping(typeName = "RiskPoint")
    String id(RiskPoint risk) {
        return GlobalId.of(RiskPoint.TYPE, risk.getId());
    }

    @BatchMapping(typeName = "RiskPoint")
    Map<RiskPoint, List<ControlMeasure>> measures(List<RiskPoint> risks) {
        return BatchMaps.many(risks, RiskPoint::getId, directory.measures(BatchMaps.keys(risks, RiskPoint::getId)));
    }

    @SchemaMapping(typeName = "ControlMeasure")
    String id(ControlMeasure measure) {
        return GlobalId.of(ControlMeasure.TYPE, measure.getId());
    }
}
