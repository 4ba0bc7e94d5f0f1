package org.xiangli.region;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.xiangli.graphql.AskedFields;
import org.xiangli.graphql.BatchMaps;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.SqlRow;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Roles;
import reactor.core.publisher.Flux;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.xiangli.region.RegionInputs.CreateRegionInput;
import static org.xiangli.region.RegionInputs.MergeRegionsInput;
import static org.xiangli.region.RegionInputs.SplitRegionInput;
import static org.xiangli.region.RegionInputs.RecordCollectiveIncomeInput;
import static org.xiangli.region.RegionInputs.RetireRegionInput;
import static org.xiangli.region.RegionInputs.UpdateRegionInput;

/** GraphQL entry points of the region tree; nested fields are batch-loaded. */
@Controller
class RegionController {

    private final RegionDirectory directory;
    private final RegionAdministration administration;
    private final RegionChanges changes;
    private final RegionSuccession succession;
    private final RegionRows rows;

    RegionController(RegionDirectory directory, RegionAdministration administration, RegionChanges changes,
                     RegionSuccession succession, RegionRows rows) {
        this.rows = rows;
        this.directory = directory;
        this.administration = administration;
        this.changes = changes;
        this.succession = succession;
    }

    @SubscriptionMapping
    Flux<RegionChange> regionChanged(@Argument @Nullable String within) {
        return changes.visibleTo(CurrentCaller.get(), Within.code(within, "within"));
    }

    @QueryMapping
    @Nullable Object region(@Argument String code, AskedFields selection) {
        Optional<Optional<SqlRow>> row = rows.unit(code, selection);
        return row.isPresent() ? row.get().orElse(null) : directory.byCode(code).orElse(null);
    }

    @QueryMapping
    Connection<?> regions(@Argument @Nullable Integer first, @Argument @Nullable String after,
                          @Argument @Nullable Integer last, @Argument @Nullable String before,
                          @Argument @Nullable RegionFilter filter, @Argument @Nullable RegionSort orderBy,
                          AskedFields selection) {
        RegionFilter matching = filter == null ? RegionFilter.NONE : filter;
        RegionSort sort = orderBy == null ? RegionSort.CODE_ASC : orderBy;
        PageRequest page = PageRequest.of(first, after, last, before);
        Optional<Connection<SqlRow>> rows = this.rows.page(matching, sort, page, selection);
        return rows.isPresent() ? rows.get() : directory.list(matching, sort, page);
    }

    @SchemaMapping(typeName = "Region")
    String id(Region region) {
        return GlobalId.of(RegionDirectory.TYPE, region.getId());
    }

    @BatchMapping(typeName = "Region")
    Map<Region, Region> parent(List<Region> regions) {
        Map<Long, Region> parents = directory.byIds(regions.stream()
                .map(Region::getParentId).filter(Objects::nonNull).distinct().toList());
        return BatchMaps.one(regions, Region::getParentId, parents);
    }

    @BatchMapping(typeName = "Region")
    Map<Region, Region> successor(List<Region> regions) {
        Map<Long, Region> successors = directory.byIds(regions.stream()
                .map(Region::getSuccessorId).filter(Objects::nonNull).distinct().toList());
        return BatchMaps.one(regions, Region::getSuccessorId, successors);
    }

    @BatchMapping(typeName = "Region")
    Map<Region, List<Region>> predecessors(List<Region> regions) {
        Map<Long, List<Region>> predecessors = directory.predecessors(ids(regions));
        return BatchMaps.many(regions, Region::getId, predecessors);
    }

    @BatchMapping(typeName = "Region")
    Map<Region, List<Region>> children(List<Region> regions) {
        Map<Long, List<Region>> children = directory.currentChildren(ids(regions));
        return BatchMaps.many(regions, Region::getId, children);
    }

    @BatchMapping(typeName = "Region")
    Map<Region, RegionStats> stats(List<Region> regions) {
        Map<Long, RegionStats> stats = directory.stats(regions);
        return BatchMaps.orDefault(regions, Region::getId, stats, RegionStats.EMPTY);
    }

    @BatchMapping(typeName = "Region")
    Map<Region, List<CollectiveIncome>> collectiveIncome(List<Region> regions) {
        Map<Long, List<CollectiveIncome>> incomes = directory.incomes(ids(regions));
        return BatchMaps.many(regions, Region::getId, incomes);
    }

    @MutationMapping
    @PreAuthorize(Roles.TOWNSHIP_ADMINS)
    RegionPayload createRegion(@Argument @Valid CreateRegionInput input) {
        return new RegionPayload(administration.create(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    RegionPayload updateRegion(@Argument @Valid UpdateRegionInput input) {
        return new RegionPayload(administration.update(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.TOWNSHIP_ADMINS)
    RegionPayload retireRegion(@Argument @Valid RetireRegionInput input) {
        return new RegionPayload(administration.retire(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    CollectiveIncomePayload recordCollectiveIncome(@Argument @Valid RecordCollectiveIncomeInput input) {
        return new CollectiveIncomePayload(administration.recordIncome(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.COUNTY_ADMINS)
    MergeRegionsPayload mergeRegions(@Argument @Valid MergeRegionsInput input) {
        RegionSuccession.Merged merged = succession.merge(input);
        return new MergeRegionsPayload(merged.region(), merged.retired(), merged.moved());
    }

    @MutationMapping
    @PreAuthorize(Roles.COUNTY_ADMINS)
    SplitRegionPayload splitRegion(@Argument @Valid SplitRegionInput input) {
        RegionSuccession.Split split = succession.split(input);
        return new SplitRegionPayload(split.retired(), split.parts(), split.moved());
    }

    private static List<Long> ids(List<Region> regions) {
        return regions.stream().map(Region::getId).toList();
    }

    record RegionPayload(Region region) {
    }

    record CollectiveIncomePayload(CollectiveIncome income) {
    }

    record MergeRegionsPayload(Region region, List<Region> retired, List<RegionSuccession.Moved> moved) {
    }

    record SplitRegionPayload(Region retired, List<Region> parts, List<RegionSuccession.Moved> moved) {
    }
}
