package org.xiangli.pool;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.project.FundingSource;
import org.xiangli.project.NewProject;
import org.xiangli.project.ProjectRegistry;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.region.RegionLevel;
import org.xiangli.security.CurrentCaller;
import org.xiangli.time.CountyCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.xiangli.pool.PoolInputs.ApplyToPoolInput;
import static org.xiangli.pool.PoolInputs.CreateProjectFromApplicationInput;
import static org.xiangli.pool.PoolInputs.DecideApplicationInput;
import static org.xiangli.pool.PoolInputs.ReviewApplicationInput;
import static org.xiangli.pool.PoolInputs.ReviseApplicationInput;
import static org.xiangli.pool.PoolInputs.RollOverApplicationsInput;

/**
 * The pool's workflow: the village applies (村申报), the township reviews (乡审核), the county
 * approves within the round's budget (县审定), each decision under public notice before it takes
 * effect; an approved application becomes a project; what is not funded rolls over.
 */
@Service
@Transactional
class PoolReview {

    private final PoolRounds rounds;
    private final CatalogueItems items;
    private final PoolApplications applications;
    private final PoolApplicationEvents events;
    private final PoolDirectory directory;
    private final RegionDirectory regions;
    private final ProjectRegistry projects;
    private final PoolProperties properties;
    private final Clock clock;

    private final VersionGuard versions;

    PoolReview(PoolRounds rounds, CatalogueItems items, PoolApplications applications, PoolApplicationEvents events,
               PoolDirectory directory, RegionDirectory regions, ProjectRegistry projects, PoolProperties properties, Clock clock, VersionGuard versions) {
        this.versions = versions;
        this.rounds = rounds;
        this.items = items;
        this.applications = applications;
        this.events = events;
        this.directory = directory;
        this.regions = regions;
        this.projects = projects;
        this.properties = properties;
        this.clock = clock;
    }

    PoolApplication apply(ApplyToPoolInput input) {
        long itemId = GlobalId.decode(input.catalogueItemId(), PoolDirectory.ITEM, "input.catalogueItemId");
        CatalogueItem item = directory.item(itemId)
                .orElseThrow(() -> ApiException.notFound("input.catalogueItemId", "no catalogue item with this ID in your area"));
        PoolRound round = directory.round(item.getRoundId()).orElseThrow();
        Region village = regions.byCodes(Set.of(input.villageCode())).get(input.villageCode());
        if (village == null) {
            throw ApiException.notFound("input.villageCode", "no village " + input.villageCode() + " in your area");
        }
        if (village.getLevel() != RegionLevel.VILLAGE || !village.getCode().startsWith(round.getCountyCode())) {
            throw ApiException.badRequest("input.villageCode", "%s is not a village of the round's county %s"
                    .formatted(village.getName(), round.getCountyCode()));
        }
        LocalDate today = today();
        if (!round.isOpenOn(today)) {
            throw ApiException.conflict("input.catalogueItemId", "the %d round takes applications from %s to %s; today is %s"
                    .formatted(round.getYear(), round.getOpensOn(), round.getClosesOn(), today));
        }
        requireWithinCap(item, input.amountAsked(), "input.amountAsked");
        ApiException alreadyApplied = ApiException.conflict("input.catalogueItemId",
                "%s has already applied for %s in this round: revise that application".formatted(village.getName(), item.getName()));
        if (applications.existsByRoundIdAndCatalogueItemIdAndRegionCodeAndStatusNot(round.getId(), item.getId(),
                village.getCode(), ApplicationStatus.REJECTED)) {
            throw alreadyApplied;
        }
        PoolApplication application;
        try {
            application = applications.saveAndFlush(new PoolApplication(round, item, village.getCode(),
                    input.title().strip(), input.reason().strip(), input.amountAsked(), orZero(input.coFunding())));
        } catch (DataIntegrityViolationException doubleSubmit) {
            // the check above ran at the same moment in another transaction: the unique key uk_pool_application_live decides
            throw alreadyApplied;
        }
        return record(application, ApplicationAction.SUBMITTED, null);
    }

    PoolApplication revise(ReviseApplicationInput input) {
        PoolApplication application = current(input.id(), input.version());
        requireStatus(application, EnumSet.of(ApplicationStatus.RETURNED), "only an application returned for changes can be revised");
        CatalogueItem item = directory.item(application.getCatalogueItemId()).orElseThrow();
        requireWithinCap(item, input.amountAsked(), "input.amountAsked");
        application.revise(input.title().strip(), input.reason().strip(), input.amountAsked(), orZero(input.coFunding()));
        return record(application, ApplicationAction.REVISED, null);
    }

    PoolApplication review(ReviewApplicationInput input) {
        PoolApplication application = current(input.id(), input.version());
        requireStatus(application, EnumSet.of(ApplicationStatus.SUBMITTED), "the township reviews submitted applications");
        String reason = reason(input.reason(), input.decision() != PoolInputs.TownshipDecision.RECOMMEND);
        return switch (input.decision()) {
            case RECOMMEND -> decided(application, ApplicationStatus.RECOMMENDED, ApplicationAction.RECOMMENDED, reason);
            case REJECT -> decided(application, ApplicationStatus.REJECTED, ApplicationAction.REJECTED, reason);
            case RETURN -> {
                // a return for changes is a request to the village, not a decision: no notice
                application.decide(ApplicationStatus.RETURNED, reason, null);
                yield record(application, ApplicationAction.RETURNED, reason);
            }
        };
    }

    PoolApplication decide(DecideApplicationInput input) {
        PoolApplication application = current(input.id(), input.version());
        requireStatus(application, EnumSet.of(ApplicationStatus.RECOMMENDED, ApplicationStatus.DEFERRED),
                "the county decides applications the township recommended");
        requireNoticeOver(application, "the township's recommendation");
        String reason = reason(input.reason(), input.decision() != PoolInputs.CountyDecision.APPROVE);
        return switch (input.decision()) {
            case REJECT -> decided(application, ApplicationStatus.REJECTED, ApplicationAction.REJECTED, reason);
            case DEFER -> decided(application, ApplicationStatus.DEFERRED, ApplicationAction.DEFERRED, reason);
            case APPROVE -> {
                PoolRound round = directory.round(application.getRoundId()).orElseThrow();
                CatalogueItem item = directory.item(application.getCatalogueItemId()).orElseThrow();
                BigDecimal amount = input.amountApproved() != null ? input.amountApproved() : application.getAmountAsked();
                if (amount.compareTo(application.getAmountAsked()) > 0) {
                    throw ApiException.badRequest("input.amountApproved", "the approved amount may not exceed the %s asked"
                            .formatted(application.getAmountAsked().toPlainString()));
                }
                requireWithinCap(item, amount, "input.amountApproved");
                application.approve(amount, reason, noticeEnd());
                long approved = record(application, ApplicationAction.APPROVED, reason).getId();
                if (rounds.commit(round.getId(), amount) == 0) {
                    // the whole decision rolls back with this refusal
                    PoolRound now = directory.round(round.getId()).orElseThrow();
                    throw ApiException.conflict("input.amountApproved", "the %d round has %s left of its budget of %s; %s does not fit: defer the application or approve less"
                            .formatted(now.getYear(), now.getRemaining().toPlainString(), now.getBudget().toPlainString(),
                                    amount.toPlainString()));
                }
                yield directory.application(approved).orElseThrow();
            }
        };
    }

    /** Opens the project of an approved application once the approval's notice has ended. */
    long createProject(CreateProjectFromApplicationInput input) {
        long id = GlobalId.decode(input.applicationId(), PoolDirectory.APPLICATION, "input.applicationId");
        PoolApplication application = directory.application(id)
                .orElseThrow(() -> ApiException.notFound("input.applicationId", "no application with this ID in your area"));
        requireStatus(application, EnumSet.of(ApplicationStatus.APPROVED), "only an approved application becomes a project", "input.applicationId");
        requireNoticeOver(application, "the county's approval", "input.applicationId");
        if (application.getProjectId() != null) {
            throw ApiException.conflict("input.applicationId", "this application already became a project");
        }
        PoolRound round = directory.round(application.getRoundId()).orElseThrow();
        CatalogueItem item = directory.item(application.getCatalogueItemId()).orElseThrow();
        Map<FundingSource, BigDecimal> budget = new EnumMap<>(FundingSource.class);
        budget.put(FundingSource.COUNTY_FINANCE, application.getAmountApproved());
        if (application.getCoFunding().signum() > 0) {
            budget.put(FundingSource.VILLAGE_COLLECTIVE, application.getCoFunding());
        }
        long projectId = projects.open(new NewProject(application.getTitle(), item.getCategory(), input.owner().strip(),
                application.getVillageCode(), application.getReason(), round.getYear(), input.plannedStart(), input.plannedEnd(),
                NewProject.soleVillage(application.getVillageCode()), budget, application.getId(),
                Boolean.TRUE.equals(input.published())));
        application = directory.application(id).orElseThrow();
        application.became(projectId);
        record(application, ApplicationAction.PROJECT_CREATED, null);
        return projectId;
    }

    record RollOver(List<PoolApplication> rolledOver, List<PoolApplication> leftBehind) {
    }

    /**
     * Carries every application of a closed round that was neither funded nor refused to the next
     * round, onto the item with the same code, keeping its status and history. Applications whose
     * item the new round does not offer, or whose village already applied for it there, stay behind and are reported.
     */
    RollOver rollOver(RollOverApplicationsInput input) {
        long fromId = GlobalId.decode(input.fromRoundId(), PoolDirectory.ROUND, "input.fromRoundId");
        long toId = GlobalId.decode(input.toRoundId(), PoolDirectory.ROUND, "input.toRoundId");
        PoolRound from = directory.round(fromId).orElseThrow(() -> ApiException.notFound("input.fromRoundId", "no round with this ID in your area"));
        PoolRound to = directory.round(toId).orElseThrow(() -> ApiException.notFound("input.toRoundId", "no round with this ID in your area"));
        if (!from.getCountyCode().equals(to.getCountyCode()) || to.getYear() <= from.getYear()) {
            throw ApiException.badRequest("input.toRoundId", "applications roll over to a later round of the same county");
        }
        if (!from.isClosedOn(today())) {
            throw ApiException.conflict("input.fromRoundId", "the %d round is open until %s: roll over after it closes"
                    .formatted(from.getYear(), from.getClosesOn()));
        }
        List<PoolApplication> moved = new ArrayList<>();
        List<PoolApplication> left = new ArrayList<>();
        for (PoolApplication old : applications.findByRoundIdAndStatusInOrderById(from.getId(),
                EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.RECOMMENDED, ApplicationStatus.DEFERRED))) {
            var item = items.findByRoundIdAndCode(to.getId(), old.getCatalogueCode());
            // stays behind when the new round does not offer the item, or the village already applied for it there
            if (item.isEmpty() || applications.existsByRoundIdAndCatalogueItemIdAndRegionCodeAndStatusNot(to.getId(),
                    item.get().getId(), old.getVillageCode(), ApplicationStatus.REJECTED)) {
                left.add(old);
                continue;
            }
            PoolApplication next = applications.save(old.rollOverTo(to, item.get()));
            old.rolledOver(next.getId());
            record(old, ApplicationAction.ROLLED_OVER, "carried to the " + to.getYear() + " round");
            moved.add(record(next, ApplicationAction.ROLLED_IN, "carried from the " + from.getYear() + " round"));
        }
        return new RollOver(moved, left);
    }

    private PoolApplication decided(PoolApplication application, ApplicationStatus status, ApplicationAction action,
                                    @Nullable String reason) {
        application.decide(status, reason, noticeEnd());
        return record(application, action, reason);
    }

    private PoolApplication record(PoolApplication application, ApplicationAction action, @Nullable String reason) {
        PoolApplication saved = applications.save(application);
        events.save(new PoolApplicationEvent(saved, action, reason, CurrentCaller.get().name(), clock.instant()));
        return saved;
    }

    private PoolApplication current(String globalId, long version) {
        long id = GlobalId.decode(globalId, PoolDirectory.APPLICATION, "input.id");
        PoolApplication application = directory.application(id)
                .orElseThrow(() -> ApiException.notFound("input.id", "no application with this ID in your area"));
        versions.claim(application, version, "The application '" + application.getTitle() + "'");
        return application;
    }

    private void requireNoticeOver(PoolApplication application, String what) {
        requireNoticeOver(application, what, "input.id");
    }

    /** @param field the input that named the application ({@code input.id}, {@code input.applicationId}) */
    private void requireNoticeOver(PoolApplication application, String what, String field) {
        Instant now = clock.instant();
        if (application.inNoticeAt(now)) {
            throw ApiException.conflict(field, "%s is under public notice until %s and takes effect then"
                    .formatted(what, CountyCalendar.shown(application.getNoticeEndsAt())));
        }
    }

    private static void requireStatus(PoolApplication application, Set<ApplicationStatus> allowed, String rule) {
        requireStatus(application, allowed, rule, "input.id");
    }

    private static void requireStatus(PoolApplication application, Set<ApplicationStatus> allowed, String rule, String field) {
        if (!allowed.contains(application.getStatus())) {
            throw ApiException.conflict(field, "the application is %s: %s".formatted(application.getStatus(), rule));
        }
    }

    private static void requireWithinCap(CatalogueItem item, BigDecimal amount, String field) {
        if (amount.compareTo(item.getSubsidyCap()) > 0) {
            throw ApiException.badRequest(field, "%s subsidises at most %s per project, got %s"
                    .formatted(item.getName(), item.getSubsidyCap().toPlainString(), amount.toPlainString()));
        }
    }

    private static @Nullable String reason(@Nullable String reason, boolean required) {
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (required && text == null) {
            throw ApiException.badRequest("input.reason", "say why: the village sees the reason");
        }
        return text;
    }

    private Instant noticeEnd() {
        return clock.instant().plus(properties.noticePeriod());
    }

    private LocalDate today() {
        return CountyCalendar.today(clock);
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
