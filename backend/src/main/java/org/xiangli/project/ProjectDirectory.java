package org.xiangli.project;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.NodeFetcher;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.Paging;
import org.xiangli.security.CurrentCaller;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of projects and everything recorded about them, each batched by project for the nested
 * GraphQL fields. Everything it returns is already limited to the caller's scope.
 */
@Service
public class ProjectDirectory implements NodeFetcher {

    public static final String TYPE = "Project";
    static final String REPORT_TYPE = "ProgressReport";
    static final String EVIDENCE_TYPE = "EvidenceFile";

    private final Projects projects;
    private final ProjectVillages villages;
    private final ProjectFundings fundings;
    private final FundMovements movements;
    private final ProjectTransitions transitions;
    private final BondStages bondStages;
    private final ProgressReports reports;
    private final EvidenceFiles evidence;
    private final Clock clock;
    private final Figures figures;

    ProjectDirectory(Projects projects, ProjectVillages villages, ProjectFundings fundings, FundMovements movements,
                     ProjectTransitions transitions, BondStages bondStages, ProgressReports reports,
                     EvidenceFiles evidence, Clock clock, Figures figures) {
        this.projects = projects;
        this.villages = villages;
        this.fundings = fundings;
        this.movements = movements;
        this.transitions = transitions;
        this.bondStages = bondStages;
        this.reports = reports;
        this.evidence = evidence;
        this.clock = clock;
        this.figures = figures;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public @Nullable Project fetch(long id) {
        return byId(id).orElse(null);
    }

    public Optional<Project> byId(long id) {
        return projects.findOne(ProjectSpecifications.withId(id));
    }

    /** The project created from a pool application, if any (and in scope). */
    public Optional<Project> byApplication(long applicationId) {
        return projects.findByApplicationId(applicationId);
    }

    public Connection<Project> list(ProjectFilter filter, ProjectSort sort, PageRequest page) {
        LocalDate today = today();
        // the day decides which projects are overdue; the scope, which projects the caller counts
        return Paging.page(projects, ProjectSpecifications.matching(filter, today), sort.sort(), page, figures, Figures.PROJECTS,
                List.of("projects", filter, today, CurrentCaller.get().sqlScope()));
    }

    public Map<Long, Project> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : projects.findByIdIn(ids).stream().collect(Collectors.toMap(Project::getId, Function.identity()));
    }

    LocalDate today() {
        return CountyCalendar.today(clock);
    }

    Map<Long, List<ProjectVillage>> villages(Collection<Long> projectIds) {
        return villages.findByProjectIdInOrderByShareDescVillageCode(projectIds).stream()
                .collect(Collectors.groupingBy(ProjectVillage::getProjectId));
    }

    Map<Long, List<ProjectFunding>> funding(Collection<Long> projectIds) {
        return fundings.findByProjectIdInOrderBySource(projectIds).stream()
                .collect(Collectors.groupingBy(ProjectFunding::getProjectId));
    }

    Map<Long, List<FundMovement>> movements(Collection<Long> projectIds) {
        return movements.findByProjectIdInOrderByMovedOnAscIdAsc(projectIds).stream()
                .collect(Collectors.groupingBy(FundMovement::getProjectId));
    }

    Map<Long, List<ProjectTransition>> transitions(Collection<Long> projectIds) {
        return transitions.findByProjectIdInOrderById(projectIds).stream()
                .collect(Collectors.groupingBy(ProjectTransition::getProjectId));
    }

    Map<Long, List<BondStage>> bondStages(Collection<Long> projectIds) {
        return bondStages.findByProjectIdInOrderById(projectIds).stream()
                .collect(Collectors.groupingBy(BondStage::getProjectId));
    }

    Map<Long, List<ProgressReport>> reports(Collection<Long> projectIds) {
        return reports.findByProjectIdInOrderByPeriodStartDesc(projectIds).stream()
                .collect(Collectors.groupingBy(ProgressReport::getProjectId));
    }

    Map<Long, List<EvidenceFile>> evidence(Collection<Long> reportIds) {
        return evidence.findByReportIdInOrderById(reportIds).stream()
                .collect(Collectors.groupingBy(EvidenceFile::getReportId));
    }

    Optional<ProgressReport> report(long id) {
        return reports.findOne((root, query, cb) -> cb.equal(root.get("id"), id));
    }

    Optional<EvidenceFile> evidenceFile(long id) {
        return evidence.findOne((root, query, cb) -> cb.equal(root.get("id"), id));
    }

    List<EvidenceFile> evidenceOf(long projectId) {
        return evidence.findByProjectIdOrderById(projectId);
    }
}
