package org.xiangli.matter;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.NodeFetcher;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.Paging;
import org.xiangli.grid.GridDirectory;
import org.xiangli.project.ProjectDirectory;
import org.xiangli.region.Within;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Role;
import org.xiangli.talent.TalentLookup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.xiangli.matter.MatterEnums.MatterOwnerKind;
import static org.xiangli.matter.MatterEnums.MatterSort;
import static org.xiangli.matter.MatterEnums.MatterStatus;
import static org.xiangli.matter.MatterInputs.MatterFilter;

/**
 * Reads of the ledger, limited to the caller's scope: the region filter, and for a grid worker the
 * matters of their grid and those they reported or own.
 */
@Service
class MatterDirectory implements NodeFetcher {

    private final Matters matters;
    private final MatterSteps steps;
    private final MatterPhotos photos;
    private final Clock clock;

    MatterDirectory(Matters matters, MatterSteps steps, MatterPhotos photos,
                    Clock clock) {
        this.matters = matters;
        this.steps = steps;
        this.photos = photos;
        this.clock = clock;
    }

    @Override
    public String type() {
        return Matter.TYPE;
    }

    @Override
    public Matter fetch(long id) {
        return byId(id).orElse(null);
    }

    Optional<Matter> byId(long id) {
        return matters.findOne(visible().and((root, query, cb) -> cb.equal(root.get("id"), id)));
    }

    Connection<Matter> list(MatterFilter filter, MatterSort sort, PageRequest page) {
        return Paging.page(matters, visible().and(matching(filter, clock.instant())), order(sort), page);
    }

    Instant now() {
        return clock.instant();
    }

    Map<Long, List<MatterStep>> history(Collection<Long> matterIds) {
        return matterIds.isEmpty() ? Map.of() : steps.findByMatterIdInOrderByAtAscIdAsc(matterIds).stream()
                .collect(Collectors.groupingBy(MatterStep::getMatterId));
    }

    Map<Long, List<MatterPhoto>> photosOf(Collection<Long> matterIds) {
        return matterIds.isEmpty() ? Map.of() : photos.findByMatterIdInOrderByUploadedAtAscIdAsc(matterIds).stream()
                .collect(Collectors.groupingBy(MatterPhoto::getMatterId));
    }

    /** The matters concerning the given projects that the caller sees, newest first. */
    Map<Long, List<Matter>> byProjects(Collection<Long> projectIds) {
        return projectIds.isEmpty() || !readsTheLedger(CurrentCaller.get()) ? Map.of() : matters.findAll(visible().and((root, query, cb) -> root.get("projectId").in(projectIds)),
                        Sort.by(Sort.Direction.DESC, "reportedAt", "id")).stream()
                .collect(Collectors.groupingBy(Matter::getProjectId));
    }

    /** The roles of {@code Roles.MATTER_READERS}, for nested fields that other features' readers reach. */
    private static boolean readsTheLedger(Caller caller) {
        return caller.has(Role.PLATFORM_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.VILLAGE_OFFICIAL, Role.SUPERVISOR,
                Role.COMMAND_CENTRE, Role.GRID_WORKER);
    }

    /** The matters with the given IDs that the caller sees. */
    Map<Long, Matter> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : matters.findAll(visible().and((root, query, cb) -> root.get("id").in(ids))).stream()
                .collect(Collectors.toMap(Matter::getId, matter -> matter));
    }

    /** Open (not closed) matters per grid in the caller's scope. */
    Map<Long, Integer> openByGrid(Collection<Long> gridIds) {
        if (gridIds.isEmpty()) {
            return Map.of();
        }
        return matters.countOpenByGrid(gridIds).stream()
                .collect(Collectors.toUnmodifiableMap(row -> (Long) row[0], row -> ((Number) row[1]).intValue()));
    }

    private static Sort order(MatterSort sort) {
        return switch (sort) {
            case URGENCY -> Sort.by("dueKey", "reportedAt", "id");
            case NEWEST -> Sort.by(Sort.Direction.DESC, "reportedAt", "id");
            case OLDEST -> Sort.by("reportedAt", "id");
        };
    }

    /** A grid worker sees the matters of their grid and those they reported or own; everyone else what the filter lets through. */
    static Specification<Matter> visible() {
        Caller caller = CurrentCaller.get();
        if (!caller.isGridWorker()) {
            return Specification.unrestricted();
        }
        Long grid = caller.grid();
        return (root, query, cb) -> cb.or(
                grid == null ? cb.disjunction() : cb.equal(root.get("gridId"), grid),
                cb.equal(root.get("reportedBy"), caller.name()),
                cb.and(cb.equal(root.get("ownerKind"), MatterOwnerKind.GRID_WORKER), cb.equal(root.get("ownerRef"), caller.name())));
    }

    static Specification<Matter> matching(MatterFilter filter, Instant now) {
        String within = Within.pattern(filter.within(), "filter.within");
        Long gridId = filter.gridId() == null ? null : GlobalId.decode(filter.gridId(), GridDirectory.TYPE, "filter.gridId");
        Long projectId = filter.projectId() == null ? null : GlobalId.decode(filter.projectId(), ProjectDirectory.TYPE, "filter.projectId");
        Long talentId = filter.talentId() == null ? null : GlobalId.decode(filter.talentId(), TalentLookup.TYPE, "filter.talentId");
        Collection<MatterStatus> statuses = filter.statuses() == null
                ? EnumSet.complementOf(EnumSet.of(MatterStatus.CLOSED))
                : filter.statuses();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (within != null) {
                where.add(cb.like(root.get("regionCode"), within));
            }
            if (gridId != null) {
                where.add(cb.equal(root.get("gridId"), gridId));
            }
            if (!statuses.isEmpty()) {
                where.add(root.get("status").in(statuses));
            }
            if (filter.kinds() != null && !filter.kinds().isEmpty()) {
                where.add(root.get("kind").in(filter.kinds()));
            }
            if (projectId != null) {
                where.add(cb.equal(root.get("projectId"), projectId));
            }
            if (talentId != null) {
                where.add(cb.equal(root.get("talentId"), talentId));
            }
            if (filter.owner() != null) {
                where.add(cb.equal(root.get("ownerRef"), filter.owner()));
            }
            if (filter.reportedBy() != null) {
                where.add(cb.equal(root.get("reportedBy"), filter.reportedBy()));
            }
            if (filter.overdue() != null) {
                var open = root.get("status").in(EnumSet.of(MatterStatus.REPORTED, MatterStatus.DISPATCHED,
                        MatterStatus.IN_HAND, MatterStatus.RETURNED));
                where.add(filter.overdue()
                        ? cb.and(open, cb.lessThan(root.get("deadline"), now))
                        : cb.or(cb.not(open), cb.isNull(root.get("deadline")), cb.greaterThanOrEqualTo(root.get("deadline"), now)));
            }
            if (filter.reportedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("reportedAt"), filter.reportedFrom()));
            }
            if (filter.reportedTo() != null) {
                where.add(cb.lessThan(root.get("reportedAt"), filter.reportedTo()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
