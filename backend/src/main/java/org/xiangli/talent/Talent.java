package org.xiangli.talent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.xiangli.graphql.Versioned;
import org.xiangli.security.Personal;
import org.xiangli.security.PersonalDataHolder;
import org.xiangli.security.PersonalKind;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A returned talent (乡贤) in the registry, scoped by hometown (a village or township). Indexed for
 * full-text search: Chinese text through the smartcn analyzer, the name also as pinyin.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "talent")
@Indexed(index = TalentIndex.NAME)
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class Talent implements Versioned, RegionScoped, PersonalDataHolder {

    static final String TYPE = "Talent";
    private static final String LIST_SEPARATOR = ",";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = TalentIndex.ID, sortable = Sortable.YES, searchable = Searchable.NO)
    private Long id;

    @Column(name = "region_id", nullable = false)
    private Long regionId;

    @Column(name = "region_code", nullable = false, length = 12)
    @KeywordField(name = TalentIndex.REGION_CODE)
    private String regionCode;

    @Column(nullable = false, length = 50)
    @Personal(PersonalKind.NAME)
    @FullTextField(name = TalentIndex.NAME_TEXT, analyzer = TalentIndex.CHINESE)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(name = "birth_year")
    private @Nullable Integer birthYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField(name = TalentIndex.WHEREABOUTS, aggregable = Aggregable.YES)
    private Whereabouts whereabouts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField(name = TalentIndex.CATEGORY, aggregable = Aggregable.YES)
    private TalentCategory category;

    @FullTextField(name = TalentIndex.INDUSTRY_TEXT, analyzer = TalentIndex.CHINESE)
    @KeywordField(name = TalentIndex.INDUSTRY, normalizer = TalentIndex.LOWERCASE)
    private @Nullable String industry;

    @FullTextField(name = TalentIndex.ORGANISATION, analyzer = TalentIndex.CHINESE)
    private @Nullable String organisation;

    @FullTextField(name = TalentIndex.TITLE, analyzer = TalentIndex.CHINESE)
    private @Nullable String title;

    @Personal(PersonalKind.PHONE)
    private @Nullable String phone;

    @Personal(PersonalKind.ADDRESS)
    private @Nullable String email;

    @Personal(PersonalKind.ADDRESS)
    private @Nullable String address;

    @Column(name = "consent_on", nullable = false)
    private LocalDate consentOn;

    @Column(name = "consent_scope", nullable = false)
    private String consentScope;

    @FullTextField(name = TalentIndex.TAGS, analyzer = TalentIndex.CHINESE)
    private @Nullable String tags;

    @FullTextField(name = TalentIndex.NOTES, analyzer = TalentIndex.CHINESE)
    private @Nullable String notes;

    @Column(name = "public_introduction")
    private @Nullable String publicIntroduction;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "anonymised_at")
    private @Nullable Instant anonymisedAt;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected Talent() {
    }

    Talent(Hometown hometown, String name, @Nullable Integer birthYear) {
        this.regionId = hometown.id();
        this.regionCode = hometown.code();
        this.name = name;
        this.birthYear = birthYear;
    }

    public Long getId() {
        return id;
    }

    public Long getRegionId() {
        return regionId;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public String getHometownCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }

    /** Pinyin keys of the name: initials and full syllables ({@code 戴勋} → {@code dx}, {@code daixun}). */
    @KeywordField(name = TalentIndex.PINYIN, normalizer = TalentIndex.LOWERCASE)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "name")))
    public List<String> getNamePinyin() {
        return Pinyin.keys(name);
    }

    public Gender getGender() {
        return gender;
    }

    public @Nullable Integer getBirthYear() {
        return birthYear;
    }

    public Whereabouts getWhereabouts() {
        return whereabouts;
    }

    public TalentCategory getCategory() {
        return category;
    }

    public @Nullable String getIndustry() {
        return industry;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public Consent getConsent() {
        return new Consent(consentOn, scopes(consentScope));
    }

    public List<String> getTags() {
        return tags == null || tags.isBlank() ? List.of() : List.of(tags.split(LIST_SEPARATOR));
    }

    public @Nullable String getNotes() {
        return notes;
    }

    /** What the public hall (乡贤馆) says about the talent, shown only while they consent to PUBLICITY. */
    public @Nullable String getPublicIntroduction() {
        return publicIntroduction;
    }

    void introduce(@Nullable String introduction) {
        this.publicIntroduction = introduction;
    }

    public boolean isDemo() {
        return demo;
    }

    /** When the record was anonymised (PIPL art. 47); null for a record of a person. */
    public @Nullable Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String ownerType() {
        return TYPE;
    }

    @Override
    public long ownerId() {
        return id;
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    void moveTo(Hometown hometown) {
        this.regionId = hometown.id();
        this.regionCode = hometown.code();
    }

    void describe(TalentProfile profile) {
        this.name = profile.name();
        this.gender = profile.gender();
        this.birthYear = profile.birthYear();
        this.whereabouts = profile.whereabouts();
        this.category = profile.category();
        this.industry = profile.industry();
        this.organisation = profile.organisation();
        this.title = profile.title();
        this.phone = profile.phone();
        this.email = profile.email();
        this.address = profile.address();
        this.consentOn = profile.consent().on();
        this.consentScope = profile.consent().scope().stream().map(Enum::name).sorted().collect(Collectors.joining(LIST_SEPARATOR));
        this.tags = profile.tags().isEmpty() ? null : String.join(LIST_SEPARATOR, profile.tags());
        this.notes = profile.notes();
    }

    /**
     * Takes scopes out of the consent; without CONTACT the contact details go with it (PIPL art. 47:
     * what consent no longer covers is deleted, not hidden).
     */
    void withdraw(Set<ConsentScope> withdrawn) {
        Set<ConsentScope> kept = scopes(consentScope);
        kept.removeAll(withdrawn);
        this.consentScope = kept.stream().map(Enum::name).sorted().collect(Collectors.joining(LIST_SEPARATOR));
        if (!kept.contains(ConsentScope.CONTACT)) {
            this.phone = null;
            this.email = null;
            this.address = null;
        }
    }

    void markDemo() {
        this.demo = true;
    }

    private static Set<ConsentScope> scopes(String stored) {
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        Arrays.stream(stored.split(LIST_SEPARATOR)).filter(s -> !s.isBlank()).map(ConsentScope::valueOf).forEach(scopes::add);
        return scopes;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Talent talent && id != null && id.equals(talent.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /** A talent's consent to be registered: when it was given and what it covers. */
    public record Consent(LocalDate on, Set<ConsentScope> scope) {
    }
}
