package org.xiangli.eldercare;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.xiangli.escalation.EscalationLevel;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.Paging;
import org.xiangli.region.Within;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.SqlScope;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.xiangli.eldercare.ElderCareFilters.AlertFilter;
import static org.xiangli.eldercare.ElderCareFilters.AlertSort;
import static org.xiangli.eldercare.ElderCareFilters.ElderFilter;

/**
 * Reads of elder care: elders, devices, alerts, their histories and the batched lookups nested
 * fields need. Everything it returns is limited to the caller's scope by the scope filter.
 */
@Service
class ElderCareDirectory {

    static final String VISIT_MODE = "VisitMode";

    private final Elders elders;
    private final ElderContacts contacts;
    private final Devices devices;
    private final Alerts alerts;
    private final AlertSteps steps;
    private final Silences silences;
    private final Clock clock;
    private final Figures figures;

    /**
     * What a list's total depends on besides its filter: the caller's scope (the scope filter) and,
     * for a grid worker's alerts, their grid.
     */
    private record Counted(String list, Object filter, SqlScope scope, boolean gridWorker, @Nullable Long grid) {

        static Counted of(String list, Object filter) {
            Caller caller = CurrentCaller.get();
            return new Counted(list, filter, caller.sqlScope(), caller.isGridWorker(), caller.grid());
        }
    }

    ElderCareDirectory(Elders elders, ElderContacts contacts, Devices devices, Alerts alerts, AlertSteps steps,
                       Silences silences, Clock clock, Figures figures) {
        this.elders = elders;
        this.contacts = contacts;
        this.devices = devices;
        this.alerts = alerts;
        this.steps = steps;
        this.silences = silences;
        this.clock = clock;
        this.figures = figures;
    }

    Optional<Elder> elder(long id) {
        return elders.findOne(withId(id));
    }

    Optional<Device> device(long id) {
        return devices.findOne(withId(id));
    }

    Optional<Alert> alert(long id) {
        return alerts.findOne(GridFirstResponders.ownAlerts().and(withId(id)));
    }

    Optional<Silence> silence(long id) {
        return silences.findOne(withId(id));
    }

    Connection<Elder> elders(ElderFilter filter, PageRequest page) {
        String within = Within.pattern(filter.within(), "filter.within");
        Specification<Elder> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (within != null) {
                where.add(cb.like(root.get("regionCode"), within));
            }
            if (filter.livingSituations() != null && !filter.livingSituations().isEmpty()) {
                where.add(root.get("livingSituation").in(filter.livingSituations()));
            }
            if (filter.riskLevels() != null && !filter.riskLevels().isEmpty()) {
                where.add(root.get("riskLevel").in(filter.riskLevels()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return Paging.page(elders, spec, Sort.by("id"), page, figures, Figures.ELDERS, Counted.of("elders", filter));
    }

    Connection<Alert> alerts(AlertFilter filter, AlertSort sort, PageRequest page) {
        Long elderId = filter.elderId() == null ? null : GlobalId.decode(filter.elderId(), Elder.TYPE, "filter.elderId");
        String within = Within.pattern(filter.within(), "filter.within");
        Specification<Alert> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (within != null) {
                where.add(cb.like(root.get("regionCode"), within));
            }
            if (filter.statuses() == null) {
                // the statuses named, not <> CLOSED: equalities let the console index range over the scope's code too
                where.add(root.get("status").in(AlertStatus.NOT_CLOSED));
            } else if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.kinds() != null && !filter.kinds().isEmpty()) {
                where.add(root.get("kind").in(filter.kinds()));
            }
            if (filter.severities() != null && !filter.severities().isEmpty()) {
                where.add(root.get("severity").in(filter.severities()));
            }
            if (elderId != null) {
                where.add(cb.equal(root.get("elderId"), elderId));
            }
            if (filter.assignee() != null) {
                where.add(cb.equal(root.get("assignee"), filter.assignee()));
            }
            if (filter.escalatedTo() != null) {
                List<EscalationLevel> levels = java.util.Arrays.stream(EscalationLevel.values())
                        .filter(level -> level.compareTo(filter.escalatedTo()) >= 0).toList();
                where.add(root.get("escalationLevel").in(levels));
            }
            if (filter.raisedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("raisedAt"), filter.raisedFrom()));
            }
            if (filter.raisedTo() != null) {
                where.add(cb.lessThan(root.get("raisedAt"), filter.raisedTo()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return Paging.page(alerts, GridFirstResponders.ownAlerts().and(spec), sort.sort(), page, figures, Figures.ALERTS,
                Counted.of("alerts", filter));
    }

    Map<Long, Elder> eldersById(Collection<Long> ids) {
        return elders.findByIdIn(ids).stream().collect(Collectors.toMap(Elder::getId, Function.identity()));
    }

    Map<Long, Device> devicesById(Collection<Long> ids) {
        return devices.findByIdIn(ids).stream().collect(Collectors.toMap(Device::getId, Function.identity()));
    }

    Map<Long, List<ElderContact>> callTrees(Collection<Long> elderIds) {
        return contacts.findByElderIdInOrderByElderIdAscPositionAsc(elderIds).stream()
                .collect(Collectors.groupingBy(ElderContact::getElderId));
    }

    /** The devices in each elder's kit now (decommissioned ones are not). */
    Map<Long, List<Device>> kits(Collection<Long> elderIds) {
        return devices.findByElderIdInAndDecommissionedAtIsNullOrderBySerial(elderIds).stream()
                .collect(Collectors.groupingBy(Device::getElderId));
    }

    /** The devices taken out of each elder's kit, latest first. */
    Map<Long, List<Device>> decommissioned(Collection<Long> elderIds) {
        return devices.findByElderIdInAndDecommissionedAtIsNotNullOrderByDecommissionedAtDescIdDesc(elderIds).stream()
                .collect(Collectors.groupingBy(Device::getElderId));
    }

    Map<Long, List<Alert>> openAlerts(Collection<Long> elderIds) {
        return alerts.findByElderIdInAndStatusNotOrderByUrgencyDescRaisedAtAsc(elderIds, AlertStatus.CLOSED).stream()
                .collect(Collectors.groupingBy(Alert::getElderId));
    }

    Map<Long, Silence> visitModes(Collection<Long> elderIds) {
        return silences.findByElderIdInAndEndedAtIsNullAndExpiresAtAfterOrderByExpiresAtDesc(elderIds, clock.instant()).stream()
                .filter(silence -> silence.activeAt(clock.instant()))
                .collect(Collectors.toMap(Silence::getElderId, Function.identity(), (first, second) -> first));
    }

    Map<Long, List<AlertStep>> steps(Collection<Long> alertIds) {
        return steps.findByAlertIdInOrderByActedAtAscIdAsc(alertIds).stream().collect(Collectors.groupingBy(AlertStep::getAlertId));
    }

    private static <T> Specification<T> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }
}
