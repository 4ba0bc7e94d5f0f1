package org.xiangli.talent;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.project.Project;
import org.xiangli.project.ProjectDirectory;
import org.xiangli.region.RegionLevel;
import org.xiangli.security.CurrentCaller;
import org.xiangli.time.CountyCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.xiangli.talent.TalentInputs.AddTalentAssociationMemberInput;
import static org.xiangli.talent.TalentInputs.CreateTalentAssociationInput;
import static org.xiangli.talent.TalentInputs.RecordTalentContributionInput;
import static org.xiangli.talent.TalentInputs.RegisterTalentInput;
import static org.xiangli.talent.TalentInputs.RemoveTalentAssociationMemberInput;
import static org.xiangli.talent.TalentInputs.TalentConsentInput;
import static org.xiangli.talent.TalentInputs.UpdateTalentContributionInput;
import static org.xiangli.talent.TalentInputs.UpdateTalentInput;
import static org.xiangli.talent.TalentInputs.WithdrawTalentConsentInput;

/**
 * Changes to the registry: talents, their ledgers, associations and memberships. Every change goes
 * through JPA, so the audit trail records it and Hibernate Search re-indexes the talent when the
 * transaction commits.
 */
@Service
@Transactional
class TalentRegistry {

    private static final Set<RegionLevel> ASSOCIATION_LEVELS = EnumSet.allOf(RegionLevel.class);

    private final Talents talents;
    private final TalentContributions contributions;
    private final TalentAssociations associations;
    private final TalentMemberships memberships;
    private final TalentDirectory directory;
    private final Hometowns hometowns;
    private final Clock clock;

    private final VersionGuard versions;
    private final ProjectDirectory projects;
    private final Figures figures;

    TalentRegistry(Talents talents, TalentContributions contributions, TalentAssociations associations,
                   TalentMemberships memberships, TalentDirectory directory, Hometowns hometowns, Clock clock, VersionGuard versions,
                   ProjectDirectory projects, Figures figures) {
        this.figures = figures;
        this.projects = projects;
        this.versions = versions;
        this.talents = talents;
        this.contributions = contributions;
        this.associations = associations;
        this.memberships = memberships;
        this.directory = directory;
        this.hometowns = hometowns;
        this.clock = clock;
    }

    /** Whether an upsert created the talent or changed an existing one. */
    enum Upserted { CREATED, UPDATED }

    Talent register(RegisterTalentInput input) {
        figures.changed(Figures.TALENTS);
        Hometown hometown = hometowns.require(input.hometownCode(), Hometowns.HOMETOWN_LEVELS, "input.hometownCode");
        TalentProfile profile = new TalentProfile(input.name().strip(), input.gender(), input.birthYear() == null ? null : checkedBirthYear(input.birthYear(), "input.birthYear"),
                input.whereabouts(), input.category(), trim(input.industry()), trim(input.organisation()), trim(input.title()),
                trim(input.phone()), trim(input.email()), trim(input.address()), consent(input.consent(), "input.consent.scope"),
                tags(input.tags()), trim(input.notes()));
        contactConsented(profile);
        existing(hometown, profile).ifPresent(taken -> {
            throw ApiException.conflict("input.name", "%s born %s from %s is registered already: update that record instead"
                    .formatted(profile.name(), profile.birthYear() == null ? "(year unknown)" : profile.birthYear(), hometown.name()));
        });
        Talent talent = new Talent(hometown, profile.name(), profile.birthYear());
        talent.describe(profile);
        talent.introduce(trim(input.publicIntroduction()));
        return talents.save(talent);
    }

    Talent update(UpdateTalentInput input) {
        figures.changed(Figures.TALENTS);
        Talent talent = current(input.id(), input.version());
        Hometown hometown = input.hometownCode() == null ? null
                : hometowns.require(input.hometownCode(), Hometowns.HOMETOWN_LEVELS, "input.hometownCode");
        Talent.Consent consent = talent.getConsent();
        TalentProfile profile = new TalentProfile(
                input.name() != null ? input.name().strip() : talent.getName(),
                input.gender() != null ? input.gender() : talent.getGender(),
                input.birthYear() != null ? checkedBirthYear(input.birthYear(), "input.birthYear") : talent.getBirthYear(),
                input.whereabouts() != null ? input.whereabouts() : talent.getWhereabouts(),
                input.category() != null ? input.category() : talent.getCategory(),
                input.industry() != null ? trim(input.industry()) : talent.getIndustry(),
                input.organisation() != null ? trim(input.organisation()) : talent.getOrganisation(),
                input.title() != null ? trim(input.title()) : talent.getTitle(),
                input.phone() != null ? trim(input.phone()) : talent.getPhone(),
                input.email() != null ? trim(input.email()) : talent.getEmail(),
                input.address() != null ? trim(input.address()) : talent.getAddress(),
                input.consent() != null ? consent(input.consent(), "input.consent.scope") : consent,
                input.tags() != null ? tags(input.tags()) : talent.getTags(),
                input.notes() != null ? trim(input.notes()) : talent.getNotes());
        if (!profile.consent().scope().containsAll(consent.scope())) {
            throw ApiException.badRequest("input.consent.scope", "renewed consent keeps every scope given before: a scope is withdrawn with withdrawTalentConsent");
        }
        if (input.phone() != null || input.email() != null || input.address() != null) {
            contactConsented(profile);
        }
        Hometown target = hometown != null ? hometown : new Hometown(talent.getRegionId(), talent.getHometownCode(), "");
        existing(target, profile).filter(other -> !other.getId().equals(talent.getId())).ifPresent(taken -> {
            throw ApiException.conflict("input.name", "another record has the same name, birth year and hometown: update that one instead");
        });
        apply(talent, hometown, profile);
        if (input.publicIntroduction() != null) {
            talent.introduce(trim(input.publicIntroduction()));
        }
        return talents.save(talent);
    }

    /**
     * Takes scopes out of a talent's consent (PIPL art. 15), effective at once wherever the scope is
     * used: without CONTACT the contact details are erased, without PUBLICITY the talent leaves the
     * honours list. REGISTRY is not withdrawn here: leaving the registry is anonymiseTalent.
     */
    Talent withdrawConsent(WithdrawTalentConsentInput input) {
        if (input.scopes().contains(ConsentScope.REGISTRY)) {
            throw ApiException.badRequest("input.scopes", "withdrawing REGISTRY means leaving the registry: anonymise the record with anonymiseTalent");
        }
        Talent talent = current(input.id(), input.version());
        talent.withdraw(EnumSet.copyOf(input.scopes()));
        return talents.save(talent);
    }

    /** Creates or updates by the natural key (name, birth year, hometown), as the import does. */
    Upserted upsert(Hometown hometown, TalentProfile profile, boolean demo) {
        figures.changed(Figures.TALENTS);
        Optional<Talent> found = existing(hometown, profile);
        Talent talent = found.orElseGet(() -> new Talent(hometown, profile.name(), profile.birthYear()));
        if (talent.getAnonymisedAt() != null) {
            return Upserted.UPDATED;
        }
        // a row renews consent, it never withdraws a scope (that is withdrawTalentConsent, which erases what the scope covered)
        talent.describe(found.isPresent() ? profile.keepingScopes(talent.getConsent().scope()) : profile);
        if (demo) {
            talent.markDemo();
        }
        talents.save(talent);
        return found.isPresent() ? Upserted.UPDATED : Upserted.CREATED;
    }

    TalentContribution record(RecordTalentContributionInput input) {
        figures.changed(Figures.TALENTS);
        Talent talent = talent(input.talentId(), "input.talentId");
        TalentContribution entry = new TalentContribution(talent, input.kind(), input.occurredOn());
        Ledger.check(input);
        entry.investment(input.pledgedAmount(), input.realisedAmount());
        entry.donation(input.donatedAmount(), trim(input.purpose()));
        entry.jobs(input.jobsCreated());
        entry.service(input.serviceKind(), input.peopleReached());
        entry.referral(trim(input.referred()));
        entry.benefits(input.beneficiaryCode() == null ? null
                : hometowns.require(input.beneficiaryCode(), Hometowns.HOMETOWN_LEVELS, "input.beneficiaryCode"));
        entry.project(input.projectId() == null ? null : projectInScope(input.projectId()), trim(input.projectName()));
        entry.describe(trim(input.description()));
        entry.enterPipeline();
        return contributions.save(entry);
    }

    TalentContribution correct(UpdateTalentContributionInput input) {
        figures.changed(Figures.TALENTS);
        long id = GlobalId.decode(input.id(), TalentContribution.TYPE, "input.id");
        TalentContribution entry = directory.contributionsByIds(List.of(id)).get(id);
        // the beneficiary's officials read an entry of a talent from elsewhere; only the talent's keepers correct it
        if (entry == null || !CurrentCaller.get().covers(entry.regionCode())) {
            throw ApiException.notFound("input.id", "no ledger entry with this ID in your area");
        }
        versions.claim(entry, input.version(), "The ledger entry");
        Ledger.check(entry.getKind(), input);
        if (input.occurredOn() != null) {
            // an investment's date is its signing: it cannot move past the stages reached after it
            LocalDate landed = entry.getLandedOn();
            if (landed != null && input.occurredOn().isAfter(landed)) {
                throw ApiException.badRequest("input.occurredOn", "the investment landed on %s: it was signed on that day or before".formatted(landed));
            }
            entry.occurredOn(input.occurredOn());
        }
        if (input.pledgedAmount() != null || input.realisedAmount() != null) {
            entry.investment(input.pledgedAmount() != null ? input.pledgedAmount() : entry.getPledgedAmount(),
                    input.realisedAmount() != null ? input.realisedAmount() : entry.getRealisedAmount());
        }
        if (input.donatedAmount() != null) {
            entry.donation(input.donatedAmount(), entry.getPurpose());
        }
        if (input.jobsCreated() != null) {
            entry.jobs(input.jobsCreated());
        }
        if (input.peopleReached() != null) {
            entry.service(entry.getServiceKind(), input.peopleReached());
        }
        if (input.description() != null) {
            entry.describe(trim(input.description()));
        }
        return contributions.save(entry);
    }

    TalentAssociation createAssociation(CreateTalentAssociationInput input) {
        Hometown unit = hometowns.require(input.regionCode(), ASSOCIATION_LEVELS, "input.regionCode");
        String name = input.name().strip();
        if (associations.existsByRegionCodeAndName(unit.code(), name)) {
            throw ApiException.conflict("input.name", unit.name() + " already has an association named " + name + ": pick another name");
        }
        return associations.save(new TalentAssociation(unit.id(), unit.code(), input.kind(), name,
                trim(input.description()), input.foundedOn()));
    }

    TalentAssociation addMember(AddTalentAssociationMemberInput input) {
        TalentAssociation association = association(input.associationId());
        Talent talent = talent(input.talentId(), "input.talentId");
        if (memberships.findByAssociationIdAndTalentId(association.getId(), talent.getId()).isPresent()) {
            throw ApiException.conflict("input.talentId", "this talent is a member of " + association.getName() + " already");
        }
        memberships.save(new TalentMembership(association, talent, trim(input.role()), input.joinedOn()));
        association.touch();
        return associations.save(association);
    }

    TalentAssociation removeMember(RemoveTalentAssociationMemberInput input) {
        TalentAssociation association = association(input.associationId());
        Talent talent = talent(input.talentId(), "input.talentId");
        TalentMembership membership = memberships.findByAssociationIdAndTalentId(association.getId(), talent.getId())
                .orElseThrow(() -> ApiException.notFound("input.talentId", "this talent is not a member of " + association.getName()));
        memberships.delete(membership);
        association.touch();
        return associations.save(association);
    }

    private void apply(Talent talent, @Nullable Hometown hometown, TalentProfile profile) {
        talent.describe(profile);
        if (hometown != null && !hometown.code().equals(talent.getHometownCode())) {
            talent.moveTo(hometown);
            contributions.findByTalentId(talent.getId()).forEach(entry -> entry.followTalent(talent));
        }
    }

    private Optional<Talent> existing(Hometown hometown, TalentProfile profile) {
        return profile.birthYear() == null
                ? talents.findFirstByRegionCodeAndNameAndBirthYearIsNull(hometown.code(), profile.name())
                : talents.findByRegionCodeAndNameAndBirthYear(hometown.code(), profile.name(), profile.birthYear());
    }

    /** A talent in the caller's area that is still a person's record: an anonymised one never changes again. */
    private Talent talent(String globalId, String field) {
        long id = GlobalId.decode(globalId, Talent.TYPE, field);
        Talent talent = directory.byId(id).orElseThrow(() -> ApiException.notFound(field, "no talent with this ID in your area"));
        if (talent.getAnonymisedAt() != null) {
            throw ApiException.badRequest(field, "this record was anonymised: it cannot be changed or given new entries");
        }
        return talent;
    }

    /** Contact details are kept only with the talent's consent to being contacted. */
    private static void contactConsented(TalentProfile profile) {
        if (profile.consent().scope().contains(ConsentScope.CONTACT)) {
            return;
        }
        String given = profile.phone() != null ? "input.phone" : profile.email() != null ? "input.email"
                : profile.address() != null ? "input.address" : null;
        if (given != null) {
            throw ApiException.badRequest(given, "the talent has not consented to being contacted (CONTACT is not in consent.scope): leave the contact details out or record that consent");
        }
    }

    /** A ledger entry names a project the caller can see: an existing one, in their area (the database keeps the link with a foreign key). */
    private long projectInScope(String globalId) {
        long id = GlobalId.decode(globalId, ProjectDirectory.TYPE, "input.projectId");
        return projects.byId(id).map(Project::getId)
                .orElseThrow(() -> ApiException.notFound("input.projectId", "no project with this ID in your area"));
    }

    private TalentAssociation association(String globalId) {
        long id = GlobalId.decode(globalId, TalentAssociation.TYPE, "input.associationId");
        TalentAssociation association = directory.associationsByIds(List.of(id)).get(id);
        if (association == null) {
            throw ApiException.notFound("input.associationId", "no association with this ID in your area");
        }
        return association;
    }

    private Talent current(String globalId, long version) {
        Talent talent = talent(globalId, "input.id");
        versions.claim(talent, version, "The record of " + talent.getName());
        return talent;
    }

    int checkedBirthYear(int year, String field) {
        int now = CountyCalendar.thisYear(clock);
        if (year < 1900 || year > now) {
            throw ApiException.badRequest(field, "give a birth year from 1900 to " + now + ", got " + year);
        }
        return year;
    }

    static Talent.Consent consent(TalentConsentInput input, String field) {
        if (!input.scope().contains(ConsentScope.REGISTRY)) {
            throw ApiException.badRequest(field, "consent must include REGISTRY: without it the talent may not be registered");
        }
        return new Talent.Consent(input.givenOn(), EnumSet.copyOf(input.scope()));
    }

    static List<String> tags(@Nullable List<String> tags) {
        return tags == null ? List.of() : tags.stream().map(String::strip).map(tag -> tag.replace(",", "，")).distinct().toList();
    }

    static @Nullable String trim(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static BigDecimal orZero(@Nullable BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
