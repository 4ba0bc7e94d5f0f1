package org.xiangli.talent;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.NodeFetcher;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.Paging;
import org.xiangli.security.CurrentCaller;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of the registry: talents, their ledgers and memberships, associations, and the batched
 * lookups nested fields need. Everything is limited to the caller's scope by the Hibernate filter;
 * callers who may not read the registry get nothing.
 */
@Service
class TalentDirectory implements NodeFetcher {

    private final Talents talents;
    private final TalentContributions contributions;
    private final TalentAssociations associations;
    private final TalentMemberships memberships;

    @PersistenceContext
    private EntityManager entityManager;

    TalentDirectory(Talents talents, TalentContributions contributions, TalentAssociations associations,
                    TalentMemberships memberships) {
        this.talents = talents;
        this.contributions = contributions;
        this.associations = associations;
        this.memberships = memberships;
    }

    @Override
    public String type() {
        return Talent.TYPE;
    }

    @Override
    public @Nullable Talent fetch(long id) {
        return byId(id).orElse(null);
    }

    public Optional<Talent> byId(long id) {
        return readable() ? talents.findOne(TalentSpecifications.withId(id)) : Optional.empty();
    }

    public Connection<Talent> list(TalentFilter filter, TalentSort sort, PageRequest page) {
        return Paging.page(talents, TalentSpecifications.matching(filter), sort.sort(), page);
    }

    Map<Long, Talent> talentsByIds(Collection<Long> ids) {
        if (ids.isEmpty() || !readable()) {
            return Map.of();
        }
        return talents.findByIdIn(ids).stream().collect(Collectors.toMap(Talent::getId, Function.identity()));
    }

    Map<String, List<Talent>> talentsByHometown(Collection<String> codes) {
        if (codes.isEmpty() || !readable()) {
            return Map.of();
        }
        return talents.findByRegionCodeInOrderByNameAscIdAsc(codes).stream()
                .collect(Collectors.groupingBy(Talent::getHometownCode));
    }

    Map<Long, List<TalentContribution>> ledgers(Collection<Long> talentIds) {
        return contributions.findByTalentIdInOrderByOccurredOnDescIdDesc(talentIds).stream()
                .collect(Collectors.groupingBy(TalentContribution::getTalentId));
    }

    Map<String, List<TalentContribution>> received(Collection<String> beneficiaryCodes) {
        if (beneficiaryCodes.isEmpty() || !readable()) {
            return Map.of();
        }
        return contributions.findByBeneficiaryCodeInOrderByOccurredOnDescIdDesc(beneficiaryCodes).stream()
                .collect(Collectors.groupingBy(TalentContribution::getBeneficiaryCode));
    }

    List<TalentContribution> toProject(long projectId) {
        return contributions.findByProjectIdOrderByOccurredOnDescIdDesc(projectId);
    }

    Map<Long, TalentContribution> contributionsByIds(Collection<Long> ids) {
        return readable() ? contributions.findByIdIn(ids).stream()
                .collect(Collectors.toMap(TalentContribution::getId, Function.identity())) : Map.of();
    }

    /** Ledger sums per talent, in one statement. */
    Map<Long, TalentTotals> totals(Collection<Long> talentIds) {
        if (talentIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createQuery("""
                        select c.talentId, sum(c.pledgedAmount), sum(c.realisedAmount), sum(c.donatedAmount),
                               sum(c.jobsCreated), sum(c.peopleReached),
                               sum(case when c.kind = org.xiangli.talent.ContributionKind.REFERRAL then 1 else 0 end), count(c)
                        from TalentContribution c where c.talentId in :ids group by c.talentId""", Object[].class)
                .setParameter("ids", talentIds).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> new TalentTotals(
                money(row[1]), money(row[2]), money(row[3]), count(row[4]), count(row[5]), count(row[6]), count(row[7]))));
    }

    Map<Long, List<TalentMembership>> membershipsOfTalents(Collection<Long> talentIds) {
        return memberships.findByTalentIdIn(talentIds).stream().collect(Collectors.groupingBy(TalentMembership::getTalentId));
    }

    Map<Long, List<TalentMembership>> membersOfAssociations(Collection<Long> associationIds) {
        return memberships.findByAssociationIdIn(associationIds).stream().collect(Collectors.groupingBy(TalentMembership::getAssociationId));
    }

    Map<Long, TalentAssociation> associationsByIds(Collection<Long> ids) {
        if (ids.isEmpty() || !readable()) {
            return Map.of();
        }
        return associations.findByIdIn(ids).stream().collect(Collectors.toMap(TalentAssociation::getId, Function.identity()));
    }

    Connection<TalentAssociation> associations(@Nullable String within, PageRequest page) {
        String prefix = within == null ? "" : TalentAccess.checkedCode(within, "within");
        return Paging.page(associations, (root, query, cb) -> cb.like(root.get("regionCode"), prefix + "%"),
                org.springframework.data.domain.Sort.by("name", "id"), page);
    }

    private static boolean readable() {
        return TalentAccess.mayRead(CurrentCaller.get());
    }

    private static BigDecimal money(@Nullable Object sum) {
        return sum == null ? TalentTotals.NONE.donations() : ((BigDecimal) sum).setScale(2);
    }

    private static long count(@Nullable Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
