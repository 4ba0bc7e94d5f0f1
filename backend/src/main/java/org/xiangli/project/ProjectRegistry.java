package org.xiangli.project;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.region.RegionLevel;
import org.xiangli.security.CurrentCaller;
import org.xiangli.time.CountyCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.xiangli.project.ProjectInputs.CreateProjectInput;
import static org.xiangli.project.ProjectInputs.FundingInput;
import static org.xiangli.project.ProjectInputs.ProjectVillageInput;
import static org.xiangli.project.ProjectInputs.UpdateProjectInput;

/** Creates projects (directly, from the pool, by import) and changes their descriptive data. */
@Service
@Transactional
public class ProjectRegistry {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Projects projects;
    private final ProjectVillages villages;
    private final ProjectFundings fundings;
    private final ProjectTransitions transitions;
    private final ProjectDirectory directory;
    private final RegionDirectory regions;
    private final Clock clock;

    private final VersionGuard versions;
    private final Figures figures;

    ProjectRegistry(Projects projects, ProjectVillages villages, ProjectFundings fundings, ProjectTransitions transitions,
                    ProjectDirectory directory, RegionDirectory regions, Clock clock, VersionGuard versions, Figures figures) {
        this.figures = figures;
        this.versions = versions;
        this.projects = projects;
        this.villages = villages;
        this.fundings = fundings;
        this.transitions = transitions;
        this.directory = directory;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * Opens a project in status APPROVED with its villages and budget, after checking that the owner
     * and the villages exist in the caller's scope and the shares add up.
     *
     * @return the new project's id
     */
    public long open(NewProject draft) {
        figures.changed(Figures.PROJECTS);
        Map<String, Region> found = regions.byCodes(Stream.concat(
                Stream.of(draft.ownerRegionCode()), draft.villageCodes().stream()).distinct().toList());
        if (!found.containsKey(draft.ownerRegionCode())) {
            throw ApiException.notFound("input.ownerRegionCode", "no unit " + draft.ownerRegionCode() + " in your area");
        }
        for (String code : draft.villageCodes()) {
            Region village = found.get(code);
            if (village == null) {
                throw ApiException.notFound("input.villages", "no village " + code + " in your area");
            }
            if (village.getLevel() != RegionLevel.VILLAGE || !code.startsWith(draft.ownerRegionCode())) {
                throw ApiException.badRequest("input.villages", "%s (%s) must be a village within the owner's unit %s"
                        .formatted(village.getName(), code, draft.ownerRegionCode()));
            }
        }
        BigDecimal shares = draft.villages().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!draft.villages().isEmpty() && shares.compareTo(HUNDRED) != 0) {
            throw ApiException.badRequest("input.villages", "the villages' shares must add up to 100, got " + shares.toPlainString());
        }
        if (draft.plannedStart() != null && draft.plannedEnd() != null && draft.plannedEnd().isBefore(draft.plannedStart())) {
            throw ApiException.badRequest("input.plannedEnd", "the planned end may not be before the planned start");
        }
        Project project = new Project(draft.ownerRegionCode(), draft.name().strip(), draft.category(), draft.owner().strip(),
                draft.year(), draft.applicationId());
        project.describe(draft.description());
        project.plan(draft.plannedStart(), draft.plannedEnd());
        project.publish(draft.published());
        project = projects.save(project);
        for (String code : draft.villageCodes()) {
            villages.save(new ProjectVillage(project, code, draft.villages().get(code)));
        }
        if (draft.villages().isEmpty() && found.get(draft.ownerRegionCode()).getLevel() == RegionLevel.VILLAGE) {
            villages.save(new ProjectVillage(project, draft.ownerRegionCode(), HUNDRED));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<FundingSource, BigDecimal> line : new TreeMap<>(draft.budget()).entrySet()) {
            fundings.save(new ProjectFunding(project, line.getKey(), line.getValue()));
            total = total.add(line.getValue());
        }
        projects.addToTotals(project.getId(), total, BigDecimal.ZERO, BigDecimal.ZERO);
        transitions.save(new ProjectTransition(project, null, ProjectStatus.APPROVED, null,
                CurrentCaller.get().name(), clock.instant()));
        return project.getId();
    }

    /**
     * Opens a project unless one of that name exists, and moves it on to the given status through
     * the allowed steps, as trusted imports (the demo data) need. Returns true when it was created.
     */
    public boolean ensure(NewProject draft, ProjectStatus status, @Nullable LocalDate started, @Nullable LocalDate completed) {
        figures.changed(Figures.PROJECTS);
        Optional<Project> existing = projects.findFirstByName(draft.name());
        if (existing.isPresent()) {
            return false;
        }
        Project project = directory.byId(open(draft)).orElseThrow();
        List<ProjectStatus> steps = switch (status) {
            case APPROVED -> List.of();
            case IN_PROGRESS -> List.of(ProjectStatus.IN_PROGRESS);
            case COMPLETED -> List.of(ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED);
            default -> throw new IllegalArgumentException("imports start projects as approved, in progress or completed");
        };
        for (ProjectStatus step : steps) {
            ProjectStatus from = project.getStatus();
            LocalDate on = step == ProjectStatus.IN_PROGRESS ? started : completed;
            project.moveTo(step, null, on != null ? on : CountyCalendar.today(clock));
            transitions.save(new ProjectTransition(project, from, step, "imported", CurrentCaller.get().name(), clock.instant()));
        }
        projects.save(project);
        return true;
    }

    long create(CreateProjectInput input) {
        figures.changed(Figures.PROJECTS);
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (ProjectVillageInput village : input.villages() == null ? List.<ProjectVillageInput>of() : input.villages()) {
            if (shares.put(village.villageCode(), village.share()) != null) {
                throw ApiException.badRequest("input.villages", "village " + village.villageCode() + " is listed twice");
            }
        }
        return open(new NewProject(input.name(), input.category(), input.owner(), input.ownerRegionCode(), input.description(),
                input.year() != null ? input.year() : CountyCalendar.today(clock).getYear(), input.plannedStart(), input.plannedEnd(),
                shares, budget(input.funding()), null, Boolean.TRUE.equals(input.published())));
    }

    Project update(UpdateProjectInput input) {
        figures.changed(Figures.PROJECTS);
        Project project = current(input.id(), input.version());
        if (input.name() != null) {
            project.rename(input.name().strip());
        }
        if (input.owner() != null) {
            project.changeOwner(input.owner().strip());
        }
        if (input.description() != null) {
            project.describe(input.description());
        }
        if (input.plannedStart() != null || input.plannedEnd() != null) {
            var start = input.plannedStart() != null ? input.plannedStart() : project.getPlannedStart();
            var end = input.plannedEnd() != null ? input.plannedEnd() : project.getPlannedEnd();
            if (start != null && end != null && end.isBefore(start)) {
                throw ApiException.badRequest("input.plannedEnd", "the planned end may not be before the planned start");
            }
            project.plan(start, end);
        }
        if (input.published() != null) {
            project.publish(input.published());
        }
        return projects.save(project);
    }

    static Map<FundingSource, BigDecimal> budget(List<FundingInput> lines) {
        Map<FundingSource, BigDecimal> budget = new EnumMap<>(FundingSource.class);
        for (FundingInput line : lines) {
            if (budget.put(line.source(), line.budget()) != null) {
                throw ApiException.badRequest("input.funding", "source " + line.source() + " is listed twice: give one budget per source");
            }
        }
        return budget;
    }

    /** The project at the version the client read, and still changeable. */
    Project current(String globalId, long version) {
        Project project = existing(globalId, "input.id");
        versions.claim(project, version, project.getName());
        if (project.getStatus() == ProjectStatus.SETTLED) {
            throw ApiException.conflict("input.id", project.getName() + " is settled: its records are read-only");
        }
        return project;
    }

    Project existing(String globalId, String field) {
        long id = GlobalId.decode(globalId, ProjectDirectory.TYPE, field);
        return directory.byId(id).orElseThrow(() -> ApiException.notFound(field, "no project with this ID in your area"));
    }
}
