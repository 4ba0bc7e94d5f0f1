package org.xiangli.matter;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.xiangli.region.Within;
import org.xiangli.security.CurrentCaller;
import reactor.core.publisher.Flux;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.xiangli.graphql.BatchMaps;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.PageRequest;
import org.xiangli.grid.Grid;
import org.xiangli.grid.GridDirectory;
import org.xiangli.project.Project;
import org.xiangli.project.ProjectDirectory;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.security.Roles;
import org.xiangli.talent.TalentLookup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.xiangli.matter.MatterEnums.MatterSort;
import static org.xiangli.matter.MatterInputs.CompleteMatterInput;
import static org.xiangli.matter.MatterInputs.DispatchMatterInput;
import static org.xiangli.matter.MatterInputs.MatterChange;
import static org.xiangli.matter.MatterInputs.MatterFilter;
import static org.xiangli.matter.MatterInputs.MatterOwner;
import static org.xiangli.matter.MatterInputs.MatterPayload;
import static org.xiangli.matter.MatterInputs.MatterStepInput;
import static org.xiangli.matter.MatterInputs.ReportMatterInput;
import static org.xiangli.matter.MatterInputs.ReturnMatterInput;

/** GraphQL entry points of the ledger; nested fields are batch-loaded. */
@Controller
class MatterController {

    private final MatterDirectory directory;
    private final MatterLedger ledger;
    private final RegionDirectory regions;
    private final GridDirectory grids;
    private final ProjectDirectory projects;
    private final TalentLookup talents;
    private final MatterKpiReport kpis;
    private final MatterChanges changes;

    MatterController(MatterDirectory directory, MatterLedger ledger, RegionDirectory regions, GridDirectory grids,
                     ProjectDirectory projects, TalentLookup talents, MatterKpiReport kpis, MatterChanges changes) {
        this.kpis = kpis;
        this.changes = changes;
        this.directory = directory;
        this.ledger = ledger;
        this.regions = regions;
        this.grids = grids;
        this.projects = projects;
        this.talents = talents;
    }

    @QueryMapping
    @PreAuthorize(Roles.MATTER_READERS)
    Connection<Matter> matters(@Argument @Nullable Integer first, @Argument @Nullable String after,
                               @Argument @Nullable Integer last, @Argument @Nullable String before,
                               @Argument @Nullable MatterFilter filter, @Argument @Nullable MatterSort orderBy) {
        return directory.list(filter == null ? MatterFilter.NONE : filter, orderBy == null ? MatterSort.URGENCY : orderBy,
                PageRequest.of(first, after, last, before));
    }

    @QueryMapping
    @PreAuthorize(Roles.MATTER_READERS)
    MatterKpiReport.Kpis matterKpis(@Argument @Nullable String within, @Argument @Nullable Instant from, @Argument @Nullable Instant to) {
        return kpis.report(within, from, to);
    }

    @SubscriptionMapping
    @PreAuthorize(Roles.MATTER_READERS)
    Flux<MatterChange> matterChanged(@Argument @Nullable String within) {
        return changes.visibleTo(CurrentCaller.get(), Within.code(within, "within"));
    }

    @MutationMapping
    @PreAuthorize(Roles.MATTER_REPORTERS)
    MatterPayload reportMatter(@Argument @Valid ReportMatterInput input) {
        return new MatterPayload(ledger.report(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.MATTER_DISPATCHERS)
    MatterPayload dispatchMatter(@Argument @Valid DispatchMatterInput input) {
        return new MatterPayload(ledger.dispatch(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.MATTER_REPORTERS)
    MatterPayload acceptMatter(@Argument @Valid MatterStepInput input) {
        return new MatterPayload(ledger.accept(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.MATTER_REPORTERS)
    MatterPayload completeMatter(@Argument @Valid CompleteMatterInput input) {
        return new MatterPayload(ledger.complete(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.MATTER_CONFIRMERS)
    MatterPayload confirmMatter(@Argument @Valid MatterStepInput input) {
        return new MatterPayload(ledger.confirm(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.MATTER_CONFIRMERS)
    MatterPayload returnMatter(@Argument @Valid ReturnMatterInput input) {
        return new MatterPayload(ledger.giveBack(input));
    }

    @SchemaMapping(typeName = "Matter")
    String id(Matter matter) {
        return GlobalId.of(Matter.TYPE, matter.getId());
    }

    @SchemaMapping(typeName = "Matter")
    @Nullable MatterOwner owner(Matter matter) {
        return matter.getOwnerKind() == null || matter.getOwnerRef() == null ? null
                : new MatterOwner(matter.getOwnerKind(), matter.getOwnerRef(), matter.getOwnerName() == null ? matter.getOwnerRef() : matter.getOwnerName());
    }

    @SchemaMapping(typeName = "Matter")
    Region.@Nullable GeoPoint location(Matter matter) {
        return matter.getLat() == null || matter.getLng() == null ? null : new Region.GeoPoint(matter.getLat(), matter.getLng());
    }

    @BatchMapping(typeName = "Matter")
    Map<Matter, Boolean> overdue(List<Matter> matters) {
        Instant now = directory.now();
        return BatchMaps.each(matters, matter -> matter.isOverdue(now));
    }

    @BatchMapping(typeName = "Matter")
    Map<Matter, Region> region(List<Matter> matters) {
        return BatchMaps.one(matters, Matter::getRegionCode, regions.byCodes(BatchMaps.keys(matters, Matter::getRegionCode)));
    }

    @BatchMapping(typeName = "Matter")
    Map<Matter, Grid> grid(List<Matter> matters) {
        return BatchMaps.one(matters, Matter::getGridId, grids.byIds(BatchMaps.keys(matters, Matter::getGridId)));
    }

    @BatchMapping(typeName = "Matter")
    Map<Matter, Project> project(List<Matter> matters) {
        return BatchMaps.one(matters, Matter::getProjectId, projects.byIds(BatchMaps.keys(matters, Matter::getProjectId)));
    }

    @BatchMapping(typeName = "Matter")
    Map<Matter, Object> talent(List<Matter> matters) {
        return BatchMaps.one(matters, Matter::getTalentId, talents.byIds(BatchMaps.keys(matters, Matter::getTalentId)));
    }

    @BatchMapping(typeName = "Matter")
    Map<Matter, List<MatterPhoto>> photos(List<Matter> matters) {
        return BatchMaps.many(matters, Matter::getId, directory.photosOf(BatchMaps.keys(matters, Matter::getId)));
    }

    @BatchMapping(typeName = "Matter")
    Map<Matter, List<MatterStep>> history(List<Matter> matters) {
        return BatchMaps.many(matters, Matter::getId, directory.history(BatchMaps.keys(matters, Matter::getId)));
    }

    @SchemaMapping(typeName = "MatterPhoto")
    String id(MatterPhoto photo) {
        return GlobalId.of(MatterPhoto.TYPE, photo.getId());
    }

    @SchemaMapping(typeName = "MatterPhoto")
    String url(MatterPhoto photo) {
        return MatterPhotoFiles.PATH + "/" + GlobalId.of(MatterPhoto.TYPE, photo.getId());
    }

    /** The matters concerning each project in the caller's scope, newest first (every status). */
    @BatchMapping(typeName = "Project")
    Map<Project, List<Matter>> matters(List<Project> projects) {
        return BatchMaps.many(projects, Project::getId, directory.byProjects(BatchMaps.keys(projects, Project::getId)));
    }

    @BatchMapping(typeName = "Grid")
    Map<Grid, Integer> openMatters(List<Grid> grids) {
        return BatchMaps.orDefault(grids, Grid::getId, directory.openByGrid(BatchMaps.keys(grids, Grid::getId)), 0);
    }
}
