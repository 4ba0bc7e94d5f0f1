package org.xiangli.talent;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.Paging;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Role;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.xiangli.talent.TalentInputs.LogTalentVisitInput;
import static org.xiangli.talent.TalentInputs.ScheduleTalentVisitsInput;
import static org.xiangli.talent.TalentInputs.UpdateTalentVisitScheduleInput;

/**
 * Visits to talents (三界: the village cadre, the liaison leader and a principal leader each on a
 * schedule). The talent's keepers (officials of the hometown's area) write; supervisors read too;
 * integrators, operators and the public see none of it. A visit that records something needing to
 * be done publishes {@link TalentRequestRaised}.
 */
@Service
@Transactional
class TalentVisiting {

    /** How far ahead {@code talentVisitsDue} looks by default: a week. */
    static final int DEFAULT_HORIZON_DAYS = 7;

    private final TalentDirectory directory;
    private final TalentVisits visits;
    private final TalentVisitSchedules schedules;
    private final VersionGuard versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TalentVisiting(TalentDirectory directory, TalentVisits visits, TalentVisitSchedules schedules, VersionGuard versions,
                   ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.visits = visits;
        this.schedules = schedules;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the caller reads visits: the registry's keepers and supervisors, not integrators. */
    static boolean mayRead(Caller caller) {
        return caller.kind() == Caller.Kind.SYSTEM
                || caller.has(Role.PLATFORM_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.VILLAGE_OFFICIAL, Role.SUPERVISOR);
    }

    TalentVisitSchedule schedule(ScheduleTalentVisitsInput input) {
        Talent talent = talent(input.talentId());
        schedules.findByTalentIdAndVisitorRole(talent.getId(), input.visitorRole()).ifPresent(taken -> {
            throw ApiException.conflict("input.visitorRole", "%s of this talent are scheduled already (every %d days by %s): change that schedule"
                    .formatted(input.visitorRole(), taken.getEveryDays(), taken.getVisitorName()));
        });
        return schedules.save(new TalentVisitSchedule(talent, input.visitorRole(), input.visitorName().strip(), input.everyDays(),
                CountyCalendar.today(clock)));
    }

    TalentVisitSchedule change(UpdateTalentVisitScheduleInput input) {
        long id = GlobalId.decode(input.id(), TalentVisitSchedule.TYPE, "input.id");
        TalentVisitSchedule schedule = schedules.findByIdIn(List.of(id)).stream().findFirst()
                .filter(s -> CurrentCaller.get().covers(s.regionCode()))
                .orElseThrow(() -> ApiException.notFound("input.id", "no visit schedule with this ID in your area"));
        versions.claim(schedule, input.version(), "The visit schedule");
        schedule.change(input.visitorName() != null ? input.visitorName().strip() : schedule.getVisitorName(),
                input.everyDays() != null ? input.everyDays() : schedule.getEveryDays(), CountyCalendar.today(clock));
        return schedules.save(schedule);
    }

    TalentVisit log(LogTalentVisitInput input) {
        Talent talent = talent(input.talentId());
        LocalDate today = CountyCalendar.today(clock);
        if (input.visitedOn().isAfter(today)) {
            throw ApiException.badRequest("input.visitedOn", "give the day of the visit, no later than today (%s)".formatted(today));
        }
        String asked = TalentRegistry.trim(input.askedFor());
        if (input.needsAction() && asked == null) {
            throw ApiException.badRequest("input.askedFor", "say what the talent asked for: it needs doing, so someone must know what");
        }
        String recordedBy = CurrentCaller.get().name();
        TalentVisit visit = visits.save(new TalentVisit(talent, input.visitedOn(), input.visitorRole(), input.visitorName().strip(),
                asked, input.needsAction(), recordedBy));
        schedules.findByTalentIdAndVisitorRole(talent.getId(), input.visitorRole()).ifPresent(schedule -> {
            schedule.visited(input.visitedOn());
            schedules.save(schedule);
        });
        if (input.needsAction()) {
            events.publishEvent(new TalentRequestRaised(talent.getId(), visit.getId(), talent.regionCode(), asked, recordedBy));
        }
        return visit;
    }

    /**
     * The schedules in the caller's scope (the filter's; below {@code within}) whose next visit is
     * due by {@code today + horizonDays}, most overdue first, as a connection.
     */
    Connection<TalentVisitSchedule> due(@Nullable String within, int horizonDays, PageRequest page) {
        if (horizonDays < 0 || horizonDays > 366) {
            throw ApiException.badRequest("withinDays", "give 0 to 366 days, got " + horizonDays);
        }
        String prefix = within == null ? "" : TalentAccess.checkedCode(within, "within");
        LocalDate dueBy = CountyCalendar.today(clock).plusDays(horizonDays);
        Specification<TalentVisitSchedule> spec = (root, query, cb) -> cb.and(cb.like(root.get("regionCode"), prefix + "%"),
                cb.lessThanOrEqualTo(root.get("nextDueOn"), dueBy));
        return Paging.page(schedules, spec, Sort.by("nextDueOn", "id"), page);
    }

    Map<Long, List<TalentVisitSchedule>> schedulesOf(Collection<Long> talentIds) {
        if (talentIds.isEmpty() || !mayRead(CurrentCaller.get())) {
            return Map.of();
        }
        // by role in the order of the three levels (village cadre, liaison leader, principal leader)
        return schedules.findByTalentIdIn(talentIds).stream()
                .sorted(java.util.Comparator.comparing(TalentVisitSchedule::getVisitorRole))
                .collect(Collectors.groupingBy(TalentVisitSchedule::getTalentId));
    }

    Map<Long, List<TalentVisit>> visitsOf(Collection<Long> talentIds) {
        if (talentIds.isEmpty() || !mayRead(CurrentCaller.get())) {
            return Map.of();
        }
        return visits.findByTalentIdInOrderByVisitedOnDescIdDesc(talentIds).stream()
                .collect(Collectors.groupingBy(TalentVisit::getTalentId));
    }

    @Nullable TalentVisitSchedule scheduleById(long id) {
        return mayRead(CurrentCaller.get()) ? schedules.findByIdIn(List.of(id)).stream().findFirst().orElse(null) : null;
    }

    @Nullable TalentVisit visitById(long id) {
        return mayRead(CurrentCaller.get()) ? visits.findByIdIn(List.of(id)).stream().findFirst().orElse(null) : null;
    }

    /** Days the next visit is overdue (0 when not yet due). */
    int overdueDays(TalentVisitSchedule schedule) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(schedule.getNextDueOn(), CountyCalendar.today(clock));
        return (int) Math.max(0, days);
    }

    private Talent talent(String globalId) {
        long id = GlobalId.decode(globalId, Talent.TYPE, "input.talentId");
        Talent talent = directory.byId(id).orElseThrow(() -> ApiException.notFound("input.talentId", "no talent with this ID in your area"));
        if (talent.getAnonymisedAt() != null) {
            throw ApiException.badRequest("input.talentId", "this record was anonymised: it takes no visits");
        }
        return talent;
    }
}
