package org.xiangli.project;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.xiangli.graphql.AskedFields;
import org.xiangli.graphql.BatchMaps;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.SqlRow;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.xiangli.project.ProjectInputs.ChangeProjectStatusInput;
import static org.xiangli.project.ProjectInputs.CreateProjectInput;
import static org.xiangli.project.ProjectInputs.RecordBondStageInput;
import static org.xiangli.project.ProjectInputs.RecordFundMovementInput;
import static org.xiangli.project.ProjectInputs.ReviseProjectBudgetInput;
import static org.xiangli.project.ProjectInputs.SubmitProgressReportInput;
import static org.xiangli.project.ProjectInputs.UpdateProjectInput;

/** GraphQL entry points of projects; every nested list is batch-loaded for all parents at once. */
@Controller
class ProjectController {

    private final ProjectDirectory directory;
    private final ProjectRegistry registry;
    private final ProjectLifecycle lifecycle;
    private final ProjectFinance finance;
    private final ProgressReporting reporting;
    private final ProjectStatistics statistics;
    private final FinalAccountsAssembly finalAccounts;
    private final RegionDirectory regions;
    private final ProjectRows rows;

    ProjectController(ProjectDirectory directory, ProjectRegistry registry, ProjectLifecycle lifecycle, ProjectFinance finance,
                      ProgressReporting reporting, ProjectStatistics statistics, FinalAccountsAssembly finalAccounts,
                      RegionDirectory regions, ProjectRows rows) {
        this.rows = rows;
        this.directory = directory;
        this.registry = registry;
        this.lifecycle = lifecycle;
        this.finance = finance;
        this.reporting = reporting;
        this.statistics = statistics;
        this.finalAccounts = finalAccounts;
        this.regions = regions;
    }

    @QueryMapping
    @Nullable Project project(@Argument String id) {
        return directory.byId(GlobalId.decode(id, ProjectDirectory.TYPE, "id")).orElse(null);
    }

    @QueryMapping
    Connection<?> projects(@Argument @Nullable Integer first, @Argument @Nullable String after,
                           @Argument @Nullable Integer last, @Argument @Nullable String before,
                           @Argument @Nullable ProjectFilter filter, @Argument @Nullable ProjectSort orderBy,
                           AskedFields selection) {
        ProjectFilter matching = filter == null ? ProjectFilter.NONE : filter;
        ProjectSort sort = orderBy == null ? ProjectSort.NEWEST_FIRST : orderBy;
        PageRequest page = PageRequest.of(first, after, last, before);
        Optional<Connection<SqlRow>> rows = this.rows.page(matching, sort, page, selection);
        return rows.isPresent() ? rows.get() : directory.list(matching, sort, page);
    }

    @QueryMapping
    List<ProjectStatsRow> projectStats(@Argument ProjectStatsGroup groupBy, @Argument @Nullable ProjectFilter filter) {
        return statistics.stats(groupBy, filter == null ? ProjectFilter.NONE : filter);
    }

    @QueryMapping("finalAccounts")
    @Nullable FinalAccounts finalAccounts(@Argument String projectId) {
        return finalAccounts.of(GlobalId.decode(projectId, ProjectDirectory.TYPE, "projectId")).orElse(null);
    }

    @SchemaMapping(typeName = "Project")
    String id(Project project) {
        return GlobalId.of(ProjectDirectory.TYPE, project.getId());
    }

    @SchemaMapping(typeName = "Project")
    String ownerRegionCode(Project project) {
        return project.getRegionCode();
    }

    @BatchMapping(typeName = "Project")
    Map<Project, Boolean> overdue(List<Project> projects) {
        LocalDate today = directory.today();
        return BatchMaps.each(projects, p -> p.isOverdue(today));
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<ProjectVillage>> villages(List<Project> projects) {
        return BatchMaps.many(projects, Project::getId, directory.villages(ids(projects)));
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<ProjectFunding>> funding(List<Project> projects) {
        return BatchMaps.many(projects, Project::getId, directory.funding(ids(projects)));
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<FundMovement>> fundMovements(List<Project> projects) {
        return BatchMaps.many(projects, Project::getId, directory.movements(ids(projects)));
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<ProgressReport>> progressReports(List<Project> projects) {
        return BatchMaps.many(projects, Project::getId, directory.reports(ids(projects)));
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<ProjectTransition>> transitions(List<Project> projects) {
        return BatchMaps.many(projects, Project::getId, directory.transitions(ids(projects)));
    }

    @BatchMapping(typeName = "Project")
    Map<Project, List<BondStage>> bondStages(List<Project> projects) {
        return BatchMaps.many(projects, Project::getId, directory.bondStages(ids(projects)));
    }

    @BatchMapping(typeName = "ProjectVillage")
    Map<ProjectVillage, Region> village(List<ProjectVillage> shares) {
        Map<String, Region> found = regions.byCodes(shares.stream().map(ProjectVillage::getVillageCode).distinct().toList());
        return BatchMaps.one(shares, ProjectVillage::getVillageCode, found);
    }

    @SchemaMapping(typeName = "FundMovement")
    Object payee(FundMovement movement) {
        return Payees.of(movement);
    }

    @SchemaMapping(typeName = "ProgressReport")
    String id(ProgressReport report) {
        return GlobalId.of(ProjectDirectory.REPORT_TYPE, report.getId());
    }

    @BatchMapping(typeName = "ProgressReport")
    Map<ProgressReport, List<EvidenceFile>> evidence(List<ProgressReport> reports) {
        Map<Long, List<EvidenceFile>> files = directory.evidence(reports.stream().map(ProgressReport::getId).toList());
        return BatchMaps.many(reports, ProgressReport::getId, files);
    }

    @SchemaMapping(typeName = "EvidenceFile")
    String id(EvidenceFile file) {
        return GlobalId.of(ProjectDirectory.EVIDENCE_TYPE, file.getId());
    }

    @SchemaMapping(typeName = "EvidenceFile")
    String url(EvidenceFile file) {
        return ProjectFilesController.url(file);
    }

    @MutationMapping
    @PreAuthorize(Roles.TOWNSHIP_ADMINS)
    ProjectPayload createProject(@Argument @Valid CreateProjectInput input) {
        return new ProjectPayload(directory.byId(registry.create(input)).orElseThrow());
    }

    @MutationMapping
    @PreAuthorize(Roles.TOWNSHIP_ADMINS)
    ProjectPayload updateProject(@Argument @Valid UpdateProjectInput input) {
        return new ProjectPayload(registry.update(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.TOWNSHIP_ADMINS)
    ProjectPayload changeProjectStatus(@Argument @Valid ChangeProjectStatusInput input) {
        return new ProjectPayload(lifecycle.change(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.TOWNSHIP_ADMINS)
    ProjectPayload reviseProjectBudget(@Argument @Valid ReviseProjectBudgetInput input) {
        return new ProjectPayload(finance.revise(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    FundMovementPayload recordFundMovement(@Argument @Valid RecordFundMovementInput input) {
        ProjectFinance.Recorded recorded = finance.record(input);
        return new FundMovementPayload(recorded.movement(), recorded.funding());
    }

    @MutationMapping
    @PreAuthorize(Roles.TOWNSHIP_ADMINS)
    BondStagePayload recordBondStage(@Argument @Valid RecordBondStageInput input) {
        return new BondStagePayload(finance.recordBondStage(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    ProgressReportPayload submitProgressReport(@Argument @Valid SubmitProgressReportInput input) {
        return new ProgressReportPayload(reporting.submit(input));
    }

    private static List<Long> ids(List<Project> projects) {
        return projects.stream().map(Project::getId).toList();
    }

    record ProjectPayload(Project project) {
    }

    record FundMovementPayload(FundMovement movement, ProjectFunding funding) {
    }

    record BondStagePayload(BondStage stage) {
    }

    record ProgressReportPayload(ProgressReport report) {
    }
}
