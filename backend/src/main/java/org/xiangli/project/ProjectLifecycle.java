package org.xiangli.project;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.ApiException;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Role;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import static org.xiangli.project.ProjectInputs.ChangeProjectStatusInput;

/**
 * A project's life: approved → in progress → completed → settled, suspended and cancelled on the
 * way. Every move is checked against {@link ProjectStatus#next()} and recorded with its actor.
 */
@Service
@Transactional
class ProjectLifecycle {

    private final ProjectRegistry registry;
    private final Projects projects;
    private final ProjectTransitions transitions;
    private final Clock clock;
    private final Figures figures;

    ProjectLifecycle(ProjectRegistry registry, Projects projects, ProjectTransitions transitions, Clock clock, Figures figures) {
        this.figures = figures;
        this.registry = registry;
        this.projects = projects;
        this.transitions = transitions;
        this.clock = clock;
    }

    Project change(ChangeProjectStatusInput input) {
        figures.changed(Figures.PROJECTS);
        Caller caller = CurrentCaller.get();
        if (input.to() == ProjectStatus.SETTLED && !caller.has(Role.PLATFORM_ADMIN, Role.COUNTY_ADMIN)) {
            throw ApiException.forbidden("final accounts are settled by the county: ask a county administrator");
        }
        Project project = registry.current(input.id(), input.version());
        ProjectStatus from = project.getStatus();
        if (!from.mayBecome(input.to())) {
            String allowed = from.next().isEmpty() ? "none: it is final"
                    : from.next().stream().map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.conflict("input.to", "a project that is %s cannot become %s; allowed next: %s"
                    .formatted(from, input.to(), allowed));
        }
        String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
        if (input.to().needsReason() && reason == null) {
            throw ApiException.badRequest("input.reason", "say why the project is " + input.to().name().toLowerCase().replace('_', ' '));
        }
        LocalDate today = CountyCalendar.today(clock);
        LocalDate on = input.date() != null ? input.date() : today;
        if (on.isAfter(today)) {
            throw ApiException.badRequest("input.date", "the date may not be in the future, got " + on);
        }
        if (input.to() == ProjectStatus.COMPLETED && project.getActualStart() != null && on.isBefore(project.getActualStart())) {
            throw ApiException.badRequest("input.date", "a project cannot be completed before it started on " + project.getActualStart());
        }
        project.moveTo(input.to(), reason, on);
        transitions.save(new ProjectTransition(project, from, input.to(), reason, caller.name(), clock.instant()));
        return projects.save(project);
    }
}
