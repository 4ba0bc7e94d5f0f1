package org.xiangli.pool;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.NodeFetcher;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.Paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads of the pool, limited to the caller's scope, batched for nested fields. */
@Service
class PoolDirectory implements NodeFetcher {

    static final String APPLICATION = "PoolApplication";
    static final String ROUND = "PoolRound";
    static final String ITEM = "CatalogueItem";

    private final PoolRounds rounds;
    private final CatalogueItems items;
    private final PoolApplications applications;
    private final PoolApplicationEvents events;

    PoolDirectory(PoolRounds rounds, CatalogueItems items, PoolApplications applications, PoolApplicationEvents events) {
        this.rounds = rounds;
        this.items = items;
        this.applications = applications;
        this.events = events;
    }

    @Override
    public String type() {
        return APPLICATION;
    }

    @Override
    public @Nullable PoolApplication fetch(long id) {
        return application(id).orElse(null);
    }

    public Optional<PoolApplication> application(long id) {
        return applications.findOne((root, query, cb) -> cb.equal(root.get("id"), id));
    }

    public Optional<PoolRound> round(long id) {
        return rounds.findOne((root, query, cb) -> cb.equal(root.get("id"), id));
    }

    Optional<CatalogueItem> item(long id) {
        return items.findByIdIn(List.of(id)).stream().findFirst();
    }

    List<PoolRound> rounds(@Nullable String countyCode) {
        Specification<PoolRound> spec = countyCode == null ? Specification.unrestricted()
                : (root, query, cb) -> cb.equal(root.get("regionCode"), countyCode);
        return rounds.findAll(spec, Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id")));
    }

    Connection<PoolApplication> list(PoolApplicationFilter filter, PageRequest page) {
        return Paging.page(applications, PoolApplicationFilter.specification(filter), Sort.by(Sort.Order.desc("id")), page);
    }

    Map<Long, PoolRound> roundsById(Collection<Long> ids) {
        return rounds.findByIdIn(ids).stream().collect(Collectors.toMap(PoolRound::getId, Function.identity()));
    }

    Map<Long, CatalogueItem> itemsById(Collection<Long> ids) {
        return items.findByIdIn(ids).stream().collect(Collectors.toMap(CatalogueItem::getId, Function.identity()));
    }

    Map<Long, List<CatalogueItem>> catalogues(Collection<Long> roundIds) {
        return items.findByRoundIdInOrderByCode(roundIds).stream().collect(Collectors.groupingBy(CatalogueItem::getRoundId));
    }

    Map<Long, PoolApplication> applicationsById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : applications.findByIdIn(ids).stream().collect(Collectors.toMap(PoolApplication::getId, Function.identity()));
    }

    /** Lineage id → every event of every application in it, oldest first. */
    Map<Long, List<PoolApplicationEvent>> histories(Collection<Long> lineages) {
        Map<Long, List<PoolApplicationEvent>> byLineage = new LinkedHashMap<>();
        for (Object[] row : events.findByLineages(lineages)) {
            byLineage.computeIfAbsent((Long) row[1], key -> new ArrayList<>()).add((PoolApplicationEvent) row[0]);
        }
        return byLineage;
    }

    /** {@code node(id:)} for rounds. */
    @Component
    static class Rounds implements NodeFetcher {
        private final PoolDirectory directory;

        Rounds(PoolDirectory directory) {
            this.directory = directory;
        }

        @Override
        public String type() {
            return ROUND;
        }

        @Override
        public @Nullable Object fetch(long id) {
            return directory.round(id).orElse(null);
        }
    }
}
