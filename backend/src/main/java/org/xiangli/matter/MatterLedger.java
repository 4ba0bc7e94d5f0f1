package org.xiangli.matter;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.escalation.EscalationLevel;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.grid.GridDirectory;
import org.xiangli.project.ProjectDirectory;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.region.RegionLevel;
import org.xiangli.region.Within;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.PersonalKind;
import org.xiangli.security.Role;
import org.xiangli.talent.TalentLookup;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import static org.xiangli.matter.MatterEnums.MatterChangeAction;
import static org.xiangli.matter.MatterEnums.MatterOwnerKind;
import static org.xiangli.matter.MatterEnums.MatterStepAction;
import static org.xiangli.matter.MatterInputs.CompleteMatterInput;
import static org.xiangli.matter.MatterInputs.DispatchMatterInput;
import static org.xiangli.matter.MatterInputs.MatterChange;
import static org.xiangli.matter.MatterInputs.MatterStepInput;
import static org.xiangli.matter.MatterInputs.ReportMatterInput;
import static org.xiangli.matter.MatterInputs.ReturnMatterInput;

/**
 * Works matters through the ledger's state machine. Each step is checked against the matter's
 * status (an illegal one is a CONFLICT naming the status and the allowed steps) and against who
 * may take it, stamped to the second with its actor, recorded in the history, audited through JPA
 * and published to the live board.
 */
@Service
@Transactional
class MatterLedger {

    private static final int MAX_PHOTOS = 9;

    private final Matters matters;
    private final MatterSteps steps;
    private final MatterPhotos photos;
    private final MatterDirectory directory;
    private final MatterNumbers numbers;
    private final GridDirectory grids;
    private final RegionDirectory regions;
    private final ProjectDirectory projects;
    private final TalentLookup talents;
    private final VersionGuard versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MatterLedger(Matters matters, MatterSteps steps, MatterPhotos photos,
                 MatterDirectory directory, MatterNumbers numbers, GridDirectory grids, RegionDirectory regions,
                 ProjectDirectory projects, TalentLookup talents, VersionGuard versions, ApplicationEventPublisher events, Clock clock) {
        this.matters = matters;
        this.steps = steps;
        this.photos = photos;
        this.directory = directory;
        this.numbers = numbers;
        this.grids = grids;
        this.regions = regions;
        this.projects = projects;
        this.talents = talents;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    Matter report(ReportMatterInput input) {
        Caller caller = CurrentCaller.get();
        boolean fixed = Boolean.TRUE.equals(input.fixedOnSpot());
        List<Long> photoIds = photoIds(input.photoIds(), "input.photoIds");
        if (fixed && photoIds.isEmpty()) {
            throw ApiException.badRequest("input.photoIds", "a matter fixed on the spot needs at least one photo of the result");
        }
        if (!fixed && input.resolution() != null) {
            throw ApiException.badRequest("input.resolution", "a resolution goes with fixedOnSpot: true; otherwise the owner reports it with completeMatter");
        }
        String gridGlobalId = input.gridId();
        Long gridId = null;
        String regionCode = Within.code(input.regionCode(), "input.regionCode");
        if (gridGlobalId != null || regionCode == null && caller.grid() != null) {
            var grid = gridGlobalId == null ? grids.byId(caller.grid()) : grids.byId(GlobalId.decode(gridGlobalId, GridDirectory.TYPE, "input.gridId"));
            String field = gridGlobalId == null ? "input.regionCode" : "input.gridId";
            if (grid.isEmpty()) {
                throw ApiException.notFound(field, "no grid with this ID in your scope");
            }
            gridId = grid.get().getId();
            if (regionCode != null && !regionCode.equals(grid.get().getRegionCode())) {
                throw ApiException.badRequest("input.regionCode", "the grid " + grid.get().getCode() + " is held by "
                        + grid.get().getRegionCode() + ", not " + regionCode + ": give one of them or both matching");
            }
            regionCode = grid.get().getRegionCode();
        }
        if (regionCode == null) {
            throw ApiException.badRequest("input.regionCode", "say where the matter is: a division code or a grid");
        }
        String code = regionCode;
        Region unit = regions.byCode(code).orElseThrow(() -> ApiException.notFound("input.regionCode", "no unit with code " + code + " in your scope"));
        if (unit.getLevel() == RegionLevel.COUNTY) {
            throw ApiException.badRequest("input.regionCode", "a matter lies in a village, community or township: give one of them");
        }
        if (caller.isGridWorker() && gridId == null) {
            throw ApiException.badRequest("input.gridId", "grid workers report in their grid: give its ID or leave both gridId and regionCode out");
        }
        Long projectId = null;
        if (input.projectId() != null) {
            projectId = GlobalId.decode(input.projectId(), ProjectDirectory.TYPE, "input.projectId");
            if (projects.byId(projectId).isEmpty()) {
                throw ApiException.notFound("input.projectId", "no project with this ID in your scope");
            }
        }
        Long talentId = null;
        if (input.talentId() != null) {
            talentId = GlobalId.decode(input.talentId(), TalentLookup.TYPE, "input.talentId");
            if (!talents.exists(talentId)) {
                throw ApiException.notFound("input.talentId", "no talent with this ID in your scope");
            }
        }
        Instant now = now();
        EscalationLevel level = gridId != null ? EscalationLevel.GRID
                : unit.getLevel() == RegionLevel.VILLAGE ? EscalationLevel.VILLAGE : EscalationLevel.TOWNSHIP;
        Matter matter = matters.saveAndFlush(new Matter(numbers.next(CountyCalendar.thisYear(clock)), input.kind(), input.title().strip(),
                blankToNull(input.description()), regionCode, gridId, projectId, talentId,
                input.location() == null ? null : input.location().lat(), input.location() == null ? null : input.location().lng(),
                caller.name(), now, level));
        attach(matter, photoIds, "input.photoIds");
        steps.save(new MatterStep(matter, MatterStepAction.REPORTED, now, caller.name(), fixed ? "就地解决" : null));
        if (fixed) {
            matter.fixedOnSpot(now);
            matter = matters.saveAndFlush(matter);
            steps.save(new MatterStep(matter, MatterStepAction.COMPLETED, now, caller.name(), blankToNull(input.resolution())));
            steps.save(new MatterStep(matter, MatterStepAction.CONFIRMED, now, caller.name(), "就地解决，上报即销号"));
        }
        events.publishEvent(new MatterChange(MatterChangeAction.REPORTED, matter));
        return matter;
    }

    Matter dispatch(DispatchMatterInput input) {
        Matter matter = current(input.id(), input.version(), MatterStepAction.DISPATCHED);
        Caller caller = CurrentCaller.get();
        Instant now = now();
        if (!input.deadline().isAfter(now)) {
            throw ApiException.badRequest("input.deadline", "the deadline must lie in the future, after " + CountyCalendar.shown(now));
        }
        String township = matter.getRegionCode().substring(0, 9);
        String owner = input.owner().strip();
        String name;
        EscalationLevel level;
        switch (input.ownerKind()) {
            case GRID_WORKER -> {
                var worker = grids.activeWorker(owner)
                        .orElseThrow(() -> ApiException.notFound("input.owner", "no active grid worker " + owner + " in your scope"));
                if (!worker.regionCode().startsWith(township)) {
                    throw ApiException.badRequest("input.owner", owner + " serves a grid outside the matter's township");
                }
                name = PersonalKind.NAME.mask(worker.name());
                level = EscalationLevel.GRID;
            }
            case VILLAGE -> {
                String code = Within.code(owner, "input.owner");
                Region village = regions.byCode(code)
                        .orElseThrow(() -> ApiException.notFound("input.owner", "no unit with code " + code + " in your scope"));
                if (village.getLevel() != RegionLevel.VILLAGE || !code.startsWith(township)) {
                    throw ApiException.badRequest("input.owner", "give the division code of a village or community of the matter's township "
                            + township);
                }
                name = village.getName();
                level = EscalationLevel.VILLAGE;
            }
            default -> {
                name = owner;
                level = EscalationLevel.TOWNSHIP;
            }
        }
        matter.dispatch(input.ownerKind(), owner, name, input.deadline().truncatedTo(ChronoUnit.SECONDS), level);
        return saved(matter, MatterStepAction.DISPATCHED, now, joined(name + "，限 " + CountyCalendar.shown(input.deadline()), input.note()), caller);
    }

    Matter accept(MatterStepInput input) {
        Matter matter = current(input.id(), input.version(), MatterStepAction.ACCEPTED);
        requireOwner(matter);
        matter.accept();
        return saved(matter, MatterStepAction.ACCEPTED, now(), blankToNull(input.note()), CurrentCaller.get());
    }

    Matter complete(CompleteMatterInput input) {
        Matter matter = current(input.id(), input.version(), MatterStepAction.COMPLETED);
        requireOwner(matter);
        Instant now = now();
        attach(matter, photoIds(input.photoIds(), "input.photoIds"), "input.photoIds");
        matter.complete(now);
        return saved(matter, MatterStepAction.COMPLETED, now, input.resolution().strip(), CurrentCaller.get());
    }

    Matter confirm(MatterStepInput input) {
        Matter matter = current(input.id(), input.version(), MatterStepAction.CONFIRMED);
        requireConfirmer(matter);
        Instant now = now();
        matter.confirm(now);
        return saved(matter, MatterStepAction.CONFIRMED, now, blankToNull(input.note()), CurrentCaller.get());
    }

    Matter giveBack(ReturnMatterInput input) {
        Matter matter = current(input.id(), input.version(), MatterStepAction.RETURNED);
        if (matter.getStatus() == MatterEnums.MatterStatus.DONE) {
            requireConfirmer(matter);
        } else {
            requireOwner(matter);
        }
        matter.returned();
        return saved(matter, MatterStepAction.RETURNED, now(), input.reason().strip(), CurrentCaller.get());
    }

    private Matter current(String globalId, long version, MatterStepAction step) {
        Matter matter = directory.byId(GlobalId.decode(globalId, Matter.TYPE, "input.id"))
                .orElseThrow(() -> ApiException.notFound("input.id", "no matter with this ID in your scope"));
        versions.claim(matter, version, "The matter");
        List<MatterStepAction> allowed = matter.getStatus().next();
        if (!allowed.contains(step)) {
            throw ApiException.conflict("input.id", "the matter is %s: %s".formatted(matter.getStatus(), allowed.isEmpty()
                    ? "a closed matter takes no more steps"
                    : "the next step can be " + allowed.stream().map(MatterStepAction::name).collect(Collectors.joining(", "))));
        }
        return matter;
    }

    /** The owning grid worker, an official of the owning village, the command centre (or an administrator) for the rest. */
    private static void requireOwner(Matter matter) {
        Caller caller = CurrentCaller.get();
        boolean dispatcher = caller.has(Role.COMMAND_CENTRE, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN, Role.PLATFORM_ADMIN);
        boolean owner = switch (matter.getOwnerKind()) {
            case GRID_WORKER -> caller.name().equals(matter.getOwnerRef()) || dispatcher;
            case VILLAGE -> caller.has(Role.VILLAGE_OFFICIAL) && matter.getOwnerRef() != null && caller.covers(matter.getOwnerRef())
                    || dispatcher;
            case DEPARTMENT -> dispatcher;
            case null -> false;
        };
        if (!owner) {
            throw ApiException.forbidden("only the owner of the matter (" + matter.getOwnerName() + ") or the command centre works it");
        }
    }

    /**
     * The reporter, or the command centre of the township (or an administrator); a supervision
     * finding only a supervisor whose county holds it (the rectification is theirs to confirm).
     */
    private static void requireConfirmer(Matter matter) {
        Caller caller = CurrentCaller.get();
        if (matter.getKind() == MatterEnums.MatterKind.SUPERVISION_FINDING) {
            if (!caller.has(Role.SUPERVISOR) || !caller.covers(matter.getRegionCode())) {
                throw ApiException.forbidden("only a supervisor of the county confirms the rectification of a supervision finding");
            }
            return;
        }
        if (caller.has(Role.SUPERVISOR) && !caller.has(Role.COMMAND_CENTRE, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN, Role.PLATFORM_ADMIN)) {
            throw ApiException.forbidden("supervisors confirm only the rectification of their findings");
        }
        if (!caller.name().equals(matter.getReportedBy())
                && !caller.has(Role.COMMAND_CENTRE, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN, Role.PLATFORM_ADMIN)) {
            throw ApiException.forbidden("only whoever reported the matter (" + matter.getReportedBy() + ") or the command centre confirms it");
        }
    }

    private Matter saved(Matter matter, MatterStepAction action, Instant at, @Nullable String note, Caller caller) {
        Matter saved = matters.saveAndFlush(matter);
        steps.save(new MatterStep(saved, action, at, caller.name(), note));
        events.publishEvent(new MatterChange(MatterChangeAction.UPDATED, saved));
        return saved;
    }

    private static List<Long> photoIds(@Nullable List<String> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_PHOTOS) {
            throw ApiException.badRequest(field, "at most " + MAX_PHOTOS + " photos, got " + ids.size());
        }
        return ids.stream().map(id -> GlobalId.decode(id, MatterPhoto.TYPE, field)).distinct().toList();
    }

    /** Attaches photos the caller uploaded and nobody attached yet. */
    private void attach(Matter matter, List<Long> ids, String field) {
        if (ids.isEmpty()) {
            return;
        }
        List<MatterPhoto> found = photos.findByIdIn(ids);
        String me = CurrentCaller.get().name();
        for (Long id : ids) {
            MatterPhoto photo = found.stream().filter(p -> p.getId().equals(id)).findFirst()
                    .filter(p -> p.getUploadedBy().equals(me) && p.getMatterId() == null)
                    .orElseThrow(() -> ApiException.notFound(field, "no photo " + GlobalId.of(MatterPhoto.TYPE, id)
                            + " uploaded by you and not yet attached: upload it with POST /files/matter-photos"));
            photo.attachTo(matter);
            photos.save(photo);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static @Nullable String joined(String first, @Nullable String note) {
        return note == null || note.isBlank() ? first : first + "；" + note.strip();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
