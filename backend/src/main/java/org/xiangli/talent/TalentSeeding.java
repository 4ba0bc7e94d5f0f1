package org.xiangli.talent;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.figures.Figures;
import org.xiangli.region.Region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Talents from a trusted source (the demo data set). Idempotent: a talent whose natural key exists
 * is left as it is, and so is a ledger entry with the same talent, kind, date and description.
 */
@Service
@Transactional
public class TalentSeeding {

    private final TalentRegistry registry;
    private final Talents talents;
    private final TalentContributions contributions;
    private final Hometowns hometowns;
    private final TalentVisits visits;
    private final TalentVisitSchedules schedules;
    private final Figures figures;

    TalentSeeding(TalentRegistry registry, Talents talents, TalentContributions contributions, Hometowns hometowns,
                  TalentVisits visits, TalentVisitSchedules schedules, Figures figures) {
        this.figures = figures;
        this.visits = visits;
        this.schedules = schedules;
        this.registry = registry;
        this.talents = talents;
        this.contributions = contributions;
        this.hometowns = hometowns;
    }

    /** A talent to seed: public facts only, contacts obviously fictional. */
    public record Seed(String hometownCode, String name, TalentCategory category, Whereabouts whereabouts,
                       @Nullable String industry, @Nullable String organisation, @Nullable String phone,
                       List<String> tags, @Nullable String notes, LocalDate consentOn) {
    }

    /** A ledger entry to seed. */
    public record SeedEntry(ContributionKind kind, LocalDate on, @Nullable BigDecimal pledged, @Nullable BigDecimal realised,
                            @Nullable BigDecimal donated, @Nullable Integer jobs, @Nullable ServiceKind service,
                            @Nullable Integer peopleReached, @Nullable String referred, @Nullable String projectName,
                            @Nullable String beneficiaryCode, String description) {
    }

    /** The demo's talents are public figures with fictional contacts: named in honours, reachable. */
    private static final Set<ConsentScope> DEMO_CONSENT = Set.of(ConsentScope.REGISTRY, ConsentScope.CONTACT, ConsentScope.PUBLICITY);

    /** Creates the talent unless one with the same name and hometown exists; true when created. */
    public boolean ensure(Seed seed) {
        Optional<Region> hometown = Optional.ofNullable(hometowns.byCodes(Set.of(seed.hometownCode())).get(seed.hometownCode()));
        if (hometown.isEmpty() || talents.findFirstByRegionCodeAndNameAndBirthYearIsNull(seed.hometownCode(), seed.name()).isPresent()) {
            return false;
        }
        TalentProfile profile = new TalentProfile(seed.name(), Gender.UNDISCLOSED, null, seed.whereabouts(), seed.category(),
                seed.industry(), seed.organisation(), null, seed.phone(), null, null,
                new Talent.Consent(seed.consentOn(), DEMO_CONSENT), seed.tags(), seed.notes());
        registry.upsert(Hometowns.checked(hometown.get(), Hometowns.HOMETOWN_LEVELS, "hometownCode"), profile, true);
        return true;
    }

    /** The id of the seeded talent of this name and hometown, if any. */
    public Optional<Long> idOf(String hometownCode, String name) {
        return talents.findFirstByRegionCodeAndNameAndBirthYearIsNull(hometownCode, name).map(Talent::getId);
    }

    /** Records the entry for the named talent unless an entry with the same description exists. */
    public boolean ensureEntry(String hometownCode, String name, SeedEntry seed) {
        figures.changed(Figures.TALENTS);
        Optional<Talent> talent = talents.findFirstByRegionCodeAndNameAndBirthYearIsNull(hometownCode, name);
        if (talent.isEmpty() || contributions.findByTalentId(talent.get().getId()).stream()
                .anyMatch(entry -> seed.description().equals(entry.getDescription()))) {
            return false;
        }
        TalentContribution entry = new TalentContribution(talent.get(), seed.kind(), seed.on());
        entry.investment(seed.pledged(), seed.realised());
        entry.donation(seed.donated(), seed.donated() == null ? null : seed.description());
        entry.jobs(seed.jobs());
        entry.service(seed.service(), seed.peopleReached());
        entry.referral(seed.referred());
        entry.project(null, seed.projectName());
        if (seed.beneficiaryCode() != null) {
            Region beneficiary = hometowns.byCodes(Set.of(seed.beneficiaryCode())).get(seed.beneficiaryCode());
            entry.benefits(beneficiary == null ? null : Hometowns.checked(beneficiary, Hometowns.HOMETOWN_LEVELS, "beneficiaryCode"));
        }
        entry.describe(seed.description());
        entry.enterPipeline();
        contributions.save(entry);
        return true;
    }

    /** Moves the seeded investment with this description on, stage by stage, up to {@code stage} (dates as given). */
    public void ensureStage(String hometownCode, String name, String description, InvestmentStage stage, LocalDate landedOn,
                            @Nullable LocalDate producingOn) {
        talents.findFirstByRegionCodeAndNameAndBirthYearIsNull(hometownCode, name).ifPresent(talent ->
                contributions.findByTalentId(talent.getId()).stream()
                        .filter(entry -> description.equals(entry.getDescription()) && entry.getStage() != null)
                        .forEach(entry -> {
                            while (entry.getStage().compareTo(stage) < 0) {
                                InvestmentStage next = entry.getStage().next();
                                entry.advance(next, next == InvestmentStage.LANDED || producingOn == null ? landedOn : producingOn);
                            }
                            contributions.save(entry);
                        }));
    }

    /** Sets the public introduction (the hall's text) of a seeded talent when it has none. */
    public void ensureIntroduction(String hometownCode, String name, String introduction) {
        talents.findFirstByRegionCodeAndNameAndBirthYearIsNull(hometownCode, name)
                .filter(talent -> talent.getPublicIntroduction() == null)
                .ifPresent(talent -> {
                    talent.introduce(introduction);
                    talents.save(talent);
                });
    }

    /** A visit schedule of a seeded talent, unless the role has one. */
    public void ensureVisitSchedule(String hometownCode, String name, VisitorRole role, String visitorName, int everyDays,
                                    LocalDate from) {
        talents.findFirstByRegionCodeAndNameAndBirthYearIsNull(hometownCode, name)
                .filter(talent -> schedules.findByTalentIdAndVisitorRole(talent.getId(), role).isEmpty())
                .ifPresent(talent -> schedules.save(new TalentVisitSchedule(talent, role, visitorName, everyDays, from)));
    }

    /** A logged visit of a seeded talent, unless one of the role on that day exists; the role's schedule follows. */
    public void ensureVisit(String hometownCode, String name, LocalDate on, VisitorRole role, String visitorName,
                            @Nullable String askedFor, boolean needsAction) {
        talents.findFirstByRegionCodeAndNameAndBirthYearIsNull(hometownCode, name)
                .filter(talent -> visits.findByTalentIdInOrderByVisitedOnDescIdDesc(List.of(talent.getId())).stream()
                        .noneMatch(visit -> visit.getVisitedOn().equals(on) && visit.getVisitorRole() == role))
                .ifPresent(talent -> {
                    visits.save(new TalentVisit(talent, on, role, visitorName, askedFor, needsAction, "demo"));
                    schedules.findByTalentIdAndVisitorRole(talent.getId(), role).ifPresent(schedule -> {
                        schedule.visited(on);
                        schedules.save(schedule);
                    });
                });
    }
}
