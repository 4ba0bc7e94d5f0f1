package org.xiangli.talent;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import jakarta.validation.Valid;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.LocalContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.xiangli.graphql.AskedFields;
import org.xiangli.graphql.BatchMaps;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.PageRequest;
import org.xiangli.project.ProjectDirectory;
import org.xiangli.region.Region;
import org.xiangli.region.Within;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Roles;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import static org.xiangli.talent.TalentInputs.AddTalentAssociationMemberInput;
import static org.xiangli.talent.TalentInputs.AnonymiseTalentInput;
import static org.xiangli.talent.TalentInputs.WithdrawTalentConsentInput;
import static org.xiangli.talent.TalentInputs.CreateTalentAssociationInput;
import static org.xiangli.talent.TalentInputs.RecordTalentContributionInput;
import static org.xiangli.talent.TalentInputs.RegisterTalentInput;
import static org.xiangli.talent.TalentInputs.RemoveTalentAssociationMemberInput;
import static org.xiangli.talent.TalentInputs.UpdateTalentContributionInput;
import static org.xiangli.talent.TalentInputs.UpdateTalentInput;

/** GraphQL entry points of the registry; nested fields are batch-loaded. */
@Controller
class TalentController {

    private final TalentDirectory directory;
    private final TalentRegistry registry;
    private final TalentSearch search;
    private final TalentStatistics statistics;
    private final Hometowns hometowns;
    private final TalentImports imports;
    private final TalentAnonymisation anonymisation;

    static final String LEDGERS = "talentLedgers";
    /** The local context entry of {@code talentTotals}: its rows' townships by code. */
    private static final String TOWNSHIPS = "talentTotalsTownships";

    @SuppressWarnings({"unchecked", "rawtypes"})
    TalentController(TalentDirectory directory, TalentRegistry registry, TalentSearch search,
                     TalentStatistics statistics, Hometowns hometowns, TalentImports imports, TalentAnonymisation anonymisation,
                     BatchLoaderRegistry loaders) {
        this.imports = imports;
        this.anonymisation = anonymisation;
        loaders.forTypePair(Long.class, (Class<List<TalentContribution>>) (Class) List.class).withName(LEDGERS)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> {
                    Map<Long, List<TalentContribution>> ledgers = new HashMap<>(directory.ledgers(ids));
                    ids.forEach(id -> ledgers.putIfAbsent(id, List.of()));
                    return ledgers;
                }));
        this.directory = directory;
        this.registry = registry;
        this.search = search;
        this.statistics = statistics;
        this.hometowns = hometowns;
    }

    @QueryMapping
    @PreAuthorize(Roles.TALENT_READERS)
    Connection<Talent> talents(@Argument @Nullable Integer first, @Argument @Nullable String after,
                               @Argument @Nullable Integer last, @Argument @Nullable String before,
                               @Argument @Nullable TalentFilter filter, @Argument @Nullable TalentSort orderBy) {
        return directory.list(filter == null ? TalentFilter.NONE : filter, orderBy == null ? TalentSort.NAME_ASC : orderBy,
                PageRequest.of(first, after, last, before));
    }

    @QueryMapping
    @PreAuthorize(Roles.TALENT_READERS)
    SearchConnection searchTalents(@Argument String query, @Argument @Nullable TalentFilter filter,
                                   @Argument @Nullable Integer first, @Argument @Nullable String after) {
        SearchCursor page = SearchCursor.of(first, after);
        TalentSearch.Hits hits = search.search(query, filter == null ? TalentFilter.NONE : filter, page.offset(), page.size());
        return SearchConnection.of(hits, page);
    }

    @QueryMapping
    @PreAuthorize(Roles.TALENT_READERS)
    Connection<TalentAssociation> talentAssociations(@Argument @Nullable Integer first, @Argument @Nullable String after,
                                                     @Argument @Nullable Integer last, @Argument @Nullable String before,
                                                     @Argument @Nullable String within) {
        return directory.associations(Within.code(within, "within"), PageRequest.of(first, after, last, before));
    }

    /**
     * The rows, and their townships when asked for: a township heads a row per category (a province
     * has 1,300 of them over 9,000 rows), so they are looked up once here and each row's is read from
     * the answer's local context, without a batch load per row.
     */
    @QueryMapping
    @PreAuthorize(Roles.TALENT_READERS)
    DataFetcherResult<List<TalentStatistics.TownshipTotals>> talentTotals(@Argument @Nullable String within, AskedFields asked) {
        List<TalentStatistics.TownshipTotals> rows = statistics.perTownshipAndCategory(within);
        Map<String, Region> townships = asked.contains("township")
                ? hometowns.byCodes(rows.stream().map(TalentStatistics.TownshipTotals::townshipCode).distinct().toList())
                : Map.of();
        return DataFetcherResult.<List<TalentStatistics.TownshipTotals>>newResult().data(rows)
                .localContext(GraphQLContext.of(Map.of(TOWNSHIPS, townships))).build();
    }

    @QueryMapping
    @PreAuthorize(Roles.TALENT_READERS)
    List<Rank> topTalentContributors(@Argument @Nullable String within, @Argument @Nullable ContributorMeasure by,
                                     @Argument @Nullable Integer first) {
        List<TalentStatistics.Ranked> ranked = statistics.top(within, by == null ? ContributorMeasure.REALISED_INVESTMENT : by,
                first == null ? 10 : first);
        Map<Long, Talent> talents = directory.talentsByIds(ranked.stream().map(TalentStatistics.Ranked::talentId).toList());
        Map<Long, TalentTotals> totals = directory.totals(talents.keySet());
        List<Rank> ranks = new java.util.ArrayList<>();
        for (TalentStatistics.Ranked r : ranked) {
            Talent talent = talents.get(r.talentId());
            if (talent != null) {
                ranks.add(new Rank(ranks.size() + 1, talent, r.value(), totals.getOrDefault(r.talentId(), TalentTotals.NONE)));
            }
        }
        return ranks;
    }

    @QueryMapping
    @PreAuthorize(Roles.TALENT_READERS)
    List<TalentContribution> talentContributionsToProject(@Argument String projectId) {
        return directory.toProject(GlobalId.decode(projectId, ProjectDirectory.TYPE, "projectId"));
    }

    @QueryMapping
    @PreAuthorize(Roles.OFFICIALS)
    @Nullable TalentImport talentImport(@Argument String id) {
        return imports.find(GlobalId.decode(id, TalentImport.TYPE, "id")).orElse(null);
    }

    @SchemaMapping(typeName = "TalentImport")
    String id(TalentImport job) {
        return GlobalId.of(TalentImport.TYPE, job.id());
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    TalentPayload registerTalent(@Argument @Valid RegisterTalentInput input) {
        return new TalentPayload(registry.register(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    TalentPayload updateTalent(@Argument @Valid UpdateTalentInput input) {
        return new TalentPayload(registry.update(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    TalentPayload withdrawTalentConsent(@Argument @Valid WithdrawTalentConsentInput input) {
        return new TalentPayload(registry.withdrawConsent(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.TOWNSHIP_ADMINS)
    TalentPayload anonymiseTalent(@Argument @Valid AnonymiseTalentInput input) {
        return new TalentPayload(anonymisation.anonymise(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    ContributionPayload recordTalentContribution(@Argument @Valid RecordTalentContributionInput input) {
        return new ContributionPayload(registry.record(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    ContributionPayload updateTalentContribution(@Argument @Valid UpdateTalentContributionInput input) {
        return new ContributionPayload(registry.correct(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    AssociationPayload createTalentAssociation(@Argument @Valid CreateTalentAssociationInput input) {
        return new AssociationPayload(registry.createAssociation(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    AssociationPayload addTalentAssociationMember(@Argument @Valid AddTalentAssociationMemberInput input) {
        return new AssociationPayload(registry.addMember(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    AssociationPayload removeTalentAssociationMember(@Argument @Valid RemoveTalentAssociationMemberInput input) {
        return new AssociationPayload(registry.removeMember(input));
    }

    // --- Talent ---

    @SchemaMapping(typeName = "Talent")
    String id(Talent talent) {
        return GlobalId.of(Talent.TYPE, talent.getId());
    }

    @SchemaMapping(typeName = "Talent")
    Contact contact(Talent talent) {
        return new Contact(talent.getPhone(), talent.getEmail(), talent.getAddress(), talent);
    }

    @SchemaMapping(typeName = "TalentConsent")
    LocalDate givenOn(Talent.Consent consent) {
        return consent.on();
    }

    @SchemaMapping(typeName = "TalentConsent")
    List<ConsentScope> scope(Talent.Consent consent) {
        return consent.scope().stream().sorted().toList();
    }

    @BatchMapping(typeName = "Talent")
    Map<Talent, Region> hometown(List<Talent> talents) {
        Map<String, Region> regions = hometowns.byCodes(talents.stream().map(Talent::getHometownCode).toList());
        return BatchMaps.one(talents, Talent::getHometownCode, regions);
    }

    /** Batched through the {@value #LEDGERS} data loader: all ledgers of a page in one statement. */
    @SchemaMapping(typeName = "Talent")
    CompletableFuture<List<TalentContribution>> contributions(Talent talent, @Argument @Nullable List<ContributionKind> kinds,
                                                              DataLoader<Long, List<TalentContribution>> talentLedgers) {
        return talentLedgers.load(talent.getId()).thenApply(ledger -> kinds == null || kinds.isEmpty() ? ledger
                : ledger.stream().filter(c -> kinds.contains(c.getKind())).toList());
    }

    @BatchMapping(typeName = "Talent")
    Map<Talent, TalentTotals> totals(List<Talent> talents) {
        Map<Long, TalentTotals> totals = directory.totals(ids(talents));
        return BatchMaps.orDefault(talents, Talent::getId, totals, TalentTotals.NONE);
    }

    @BatchMapping(typeName = "Talent")
    Map<Talent, List<TalentMembership>> memberships(List<Talent> talents) {
        Map<Long, List<TalentMembership>> memberships = directory.membershipsOfTalents(ids(talents));
        return BatchMaps.many(talents, Talent::getId, memberships);
    }

    // --- ledger ---

    @SchemaMapping(typeName = "TalentContribution")
    String id(TalentContribution contribution) {
        return GlobalId.of(TalentContribution.TYPE, contribution.getId());
    }

    @SchemaMapping(typeName = "TalentContribution")
    @Nullable String projectId(TalentContribution contribution) {
        return contribution.getProjectId() == null ? null : GlobalId.of(ProjectDirectory.TYPE, contribution.getProjectId());
    }

    /** Free text may name the giver: shown to the talent's keepers only, not to a beneficiary's officials from elsewhere. */
    @SchemaMapping(typeName = "TalentContribution")
    @Nullable String description(TalentContribution contribution) {
        return CurrentCaller.get().covers(contribution.regionCode()) ? contribution.getDescription() : null;
    }

    @SchemaMapping(typeName = "TalentContribution")
    @Nullable String referred(TalentContribution contribution) {
        return CurrentCaller.get().covers(contribution.regionCode()) ? contribution.getReferred() : null;
    }

    @BatchMapping(typeName = "TalentContribution")
    Map<TalentContribution, Talent> talent(List<TalentContribution> entries) {
        Map<Long, Talent> talents = directory.talentsByIds(BatchMaps.keys(entries, TalentContribution::getTalentId));
        return BatchMaps.one(entries, TalentContribution::getTalentId, talents);
    }

    @BatchMapping(typeName = "TalentContribution")
    Map<TalentContribution, Region> beneficiary(List<TalentContribution> entries) {
        Map<String, Region> regions = hometowns.byCodes(entries.stream().map(TalentContribution::getBeneficiaryCode)
                .filter(Objects::nonNull).toList());
        return BatchMaps.one(entries, TalentContribution::getBeneficiaryCode, regions);
    }

    // --- associations ---

    @SchemaMapping(typeName = "TalentAssociation")
    String id(TalentAssociation association) {
        return GlobalId.of(TalentAssociation.TYPE, association.getId());
    }

    @BatchMapping(typeName = "TalentAssociation")
    Map<TalentAssociation, Region> region(List<TalentAssociation> associations) {
        Map<String, Region> regions = hometowns.byCodes(associations.stream().map(TalentAssociation::getRegionCode).toList());
        return BatchMaps.one(associations, TalentAssociation::getRegionCode, regions);
    }

    @BatchMapping(typeName = "TalentAssociation")
    Map<TalentAssociation, List<TalentMembership>> members(List<TalentAssociation> associations) {
        Map<Long, List<TalentMembership>> members = directory.membersOfAssociations(
                associations.stream().map(TalentAssociation::getId).toList());
        return BatchMaps.many(associations, TalentAssociation::getId, members);
    }

    @BatchMapping(typeName = "TalentMembership")
    Map<TalentMembership, TalentAssociation> association(List<TalentMembership> memberships) {
        Map<Long, TalentAssociation> associations = directory.associationsByIds(BatchMaps.keys(memberships, TalentMembership::getAssociationId));
        return BatchMaps.one(memberships, TalentMembership::getAssociationId, associations);
    }

    @BatchMapping(typeName = "TalentMembership", field = "talent")
    Map<TalentMembership, Talent> member(List<TalentMembership> memberships) {
        Map<Long, Talent> talents = directory.talentsByIds(BatchMaps.keys(memberships, TalentMembership::getTalentId));
        return BatchMaps.one(memberships, TalentMembership::getTalentId, talents);
    }

    // --- totals ---

    @SchemaMapping(typeName = "TalentTotals")
    @Nullable Region township(TalentStatistics.TownshipTotals row, @LocalContextValue(TOWNSHIPS) Map<String, Region> townships) {
        return townships.get(row.townshipCode());
    }

    // --- the region side of the graph ---

    @BatchMapping(typeName = "Region")
    Map<Region, List<Talent>> hometownTalents(List<Region> regions) {
        Map<String, List<Talent>> talents = directory.talentsByHometown(regions.stream().map(Region::getCode).toList());
        return BatchMaps.many(regions, Region::getCode, talents);
    }

    @BatchMapping(typeName = "Region")
    Map<Region, List<TalentContribution>> talentContributionsReceived(List<Region> regions) {
        Map<String, List<TalentContribution>> received = directory.received(regions.stream().map(Region::getCode).toList());
        return BatchMaps.many(regions, Region::getCode, received);
    }

    private static List<Long> ids(List<Talent> talents) {
        return talents.stream().map(Talent::getId).toList();
    }

    /** A talent's contacts; personal data. */
    record Contact(@Nullable String phone, @Nullable String email, @Nullable String address, Talent owner)
            implements org.xiangli.security.PersonalDataHolder {
        @Override
        public String ownerType() {
            return Talent.TYPE;
        }

        @Override
        public long ownerId() {
            return owner.getId();
        }

        @Override
        public String ownerRegionCode() {
            return owner.regionCode();
        }
    }

    record Rank(int rank, Talent talent, java.math.BigDecimal value, TalentTotals totals) {
    }

    record TalentPayload(Talent talent) {
    }

    record ContributionPayload(TalentContribution contribution) {
    }

    record AssociationPayload(TalentAssociation association) {
    }
}
