package org.xiangli.eldercare;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.SecondaryRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.xiangli.graphql.Versioned;
import org.xiangli.security.EncryptedString;
import org.xiangli.security.Personal;
import org.xiangli.security.PersonalDataHolder;
import org.xiangli.security.PersonalKind;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import static org.xiangli.eldercare.ElderEnums.Gender;
import static org.xiangli.eldercare.ElderEnums.LivingSituation;
import static org.xiangli.eldercare.ElderEnums.RiskLevel;

/** An elder under monitoring, living in a village (their region code is the village's). */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "elder")
@SecondaryTable(name = Elder.ACTIVITY, pkJoinColumns = @PrimaryKeyJoinColumn(name = "elder_id"))
@SecondaryRow(table = Elder.ACTIVITY, owned = false)
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class Elder implements Versioned, RegionScoped, PersonalDataHolder {

    static final String TYPE = "Elder";
    static final String ACTIVITY = "elder_activity";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Personal(PersonalKind.NAME)
    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(nullable = false)
    private LocalDate birthDate;

    @Personal(PersonalKind.ID_NUMBER)
    @Convert(converter = EncryptedString.class)
    private @Nullable String idNumber;

    @Personal(PersonalKind.PHONE)
    private @Nullable String phone;

    @Personal(PersonalKind.ADDRESS)
    private @Nullable String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LivingSituation livingSituation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskLevel riskLevel;

    @Personal(PersonalKind.HEALTH)
    @Convert(converter = EncryptedString.class)
    private @Nullable String healthNotes;

    /** The grid whose worker answers the elder's alerts first; null: the village does. */
    private @Nullable Long gridId;

    private @Nullable Integer inactivityMinutes;
    private @Nullable LocalTime dayStart;
    private @Nullable LocalTime dayEnd;

    /** Written by the event pipeline in {@code elder_activity}, never by this entity. */
    @Column(table = ACTIVITY, insertable = false, updatable = false)
    private @Nullable Instant lastMotionAt;

    @Column(table = ACTIVITY, insertable = false, updatable = false)
    private @Nullable Instant lastDoorOpenAt;

    /** The day the elder left the programme (died or moved away); null while in care. */
    private @Nullable LocalDate departedOn;

    private @Nullable Instant anonymisedAt;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected Elder() {
    }

    Elder(String regionCode, String name, Gender gender, LocalDate birthDate, LivingSituation livingSituation, RiskLevel riskLevel) {
        this.regionCode = regionCode;
        this.name = name;
        this.gender = gender;
        this.birthDate = birthDate;
        this.livingSituation = livingSituation;
        this.riskLevel = riskLevel;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getVillageCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public @Nullable String getIdNumber() {
        return idNumber;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public LivingSituation getLivingSituation() {
        return livingSituation;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public @Nullable String getHealthNotes() {
        return healthNotes;
    }

    public @Nullable Long getGridId() {
        return gridId;
    }

    void placeIn(@Nullable Long gridId) {
        this.gridId = gridId;
    }

    public @Nullable Integer getInactivityMinutes() {
        return inactivityMinutes;
    }

    public @Nullable LocalTime getDayStart() {
        return dayStart;
    }

    public @Nullable LocalTime getDayEnd() {
        return dayEnd;
    }

    public @Nullable Instant getLastMotionAt() {
        return lastMotionAt;
    }

    public @Nullable Instant getLastDoorOpenAt() {
        return lastDoorOpenAt;
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

    void rename(String name) {
        this.name = name;
    }

    void describe(@Nullable String idNumber, @Nullable String phone, @Nullable String address, @Nullable String healthNotes) {
        this.idNumber = idNumber;
        this.phone = phone;
        this.address = address;
        this.healthNotes = healthNotes;
    }

    void classify(LivingSituation livingSituation, RiskLevel riskLevel) {
        this.livingSituation = livingSituation;
        this.riskLevel = riskLevel;
    }

    void ruleSettings(@Nullable Duration inactivity, @Nullable LocalTime dayStart, @Nullable LocalTime dayEnd) {
        this.inactivityMinutes = inactivity == null ? null : Math.toIntExact(inactivity.toMinutes());
        this.dayStart = dayStart;
        this.dayEnd = dayEnd;
    }

    void identify(Gender gender, LocalDate birthDate) {
        this.gender = gender;
        this.birthDate = birthDate;
    }

    /** Marks the record changed without changing an attribute (its call tree changed), so its version moves. */
    public @Nullable LocalDate getDepartedOn() {
        return departedOn;
    }

    /** When the record was anonymised (PIPL art. 47); null for a person's record. */
    public @Nullable Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    void depart(LocalDate on) {
        this.departedOn = on;
    }

    void touched() {
        this.updatedAt = null; // dirty now; the auditing listener stamps it from the clock before the update
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

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Elder elder && id != null && id.equals(elder.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
