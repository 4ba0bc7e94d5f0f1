package org.xiangli.region;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.NodeFetcher;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.Paging;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of the region tree: by code, by id, lists and the batched lookups nested fields need.
 * Everything it returns is already limited to the caller's scope.
 */
@Service
public class RegionDirectory implements NodeFetcher {

    static final String TYPE = "Region";

    private final Regions regions;
    private final CollectiveIncomes incomes;
    private final RegionStatistics statistics;

    RegionDirectory(Regions regions, CollectiveIncomes incomes, RegionStatistics statistics) {
        this.regions = regions;
        this.incomes = incomes;
        this.statistics = statistics;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public @Nullable Region fetch(long id) {
        return byId(id).orElse(null);
    }

    public Optional<Region> byId(long id) {
        return regions.findOne(RegionSpecifications.withId(id));
    }

    public Optional<Region> byCode(String code) {
        return regions.findByCode(code);
    }

    /** Units by code, many at once (for nested fields of other modules); codes out of scope are absent. */
    public Map<String, Region> byCodes(Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : regions.findByCodeIn(Set.copyOf(codes)).stream()
                .collect(Collectors.toMap(Region::getCode, Function.identity()));
    }

    public Connection<Region> list(RegionFilter filter, RegionSort sort, PageRequest page) {
        return Paging.page(regions, RegionSpecifications.matching(filter), sort.sort(), page);
    }

    Map<Long, Region> byIds(Collection<Long> ids) {
        return regions.findByIdIn(ids).stream().collect(Collectors.toMap(Region::getId, Function.identity()));
    }

    Map<Long, List<Region>> currentChildren(Collection<Long> parentIds) {
        return regions.findByParentIdInAndRetiredAtIsNullOrderByCode(parentIds).stream()
                .collect(Collectors.groupingBy(Region::getParentId));
    }

    /** The retired units each unit succeeded, by code. */
    Map<Long, List<Region>> predecessors(Collection<Long> successorIds) {
        return regions.findBySuccessorIdInOrderByCode(successorIds).stream()
                .collect(Collectors.groupingBy(Region::getSuccessorId));
    }

    Map<Long, List<CollectiveIncome>> incomes(Collection<Long> regionIds) {
        return incomes.findByRegionIdInOrderByYearDesc(regionIds).stream()
                .collect(Collectors.groupingBy(CollectiveIncome::getRegionId));
    }

    Map<Long, RegionStats> stats(Collection<Region> regions) {
        return statistics.of(regions);
    }
}
