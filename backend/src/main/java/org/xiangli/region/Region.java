package org.xiangli.region;

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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/** A county, township or village, keyed by its statistical division code. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "region")
@Filter(name = ScopePattern.FILTER, condition = Region.SCOPE)
public class Region implements Versioned, RegionScoped {

    /** The {@code regionScope} condition of a unit: its code in the caller's part of the tree. */
    static final String SCOPE = "code like :" + ScopePattern.PARAMETER;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 12)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RegionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegionKind kind;

    @Column(name = "parent_id", updatable = false)
    private @Nullable Long parentId;

    @Column(nullable = false)
    private String name;

    private @Nullable String description;
    private @Nullable Integer population;
    private @Nullable Integer households;
    @Personal(PersonalKind.NAME)
    private @Nullable String contactName;
    @Personal(PersonalKind.PHONE)
    private @Nullable String contactPhone;
    private @Nullable BigDecimal latitude;
    private @Nullable BigDecimal longitude;

    @Column(name = "code_synthetic", nullable = false, updatable = false)
    private boolean codeSynthetic;

    private @Nullable Instant retiredAt;
    private @Nullable String retiredReason;

    @Column(name = "successor_id")
    private @Nullable Long successorId;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected Region() {
    }

    Region(String code, RegionKind kind, @Nullable Region parent, String name, boolean codeSynthetic) {
        this.code = code;
        this.kind = kind;
        this.level = kind.level();
        this.parentId = parent == null ? null : parent.getId();
        this.name = name;
        this.codeSynthetic = codeSynthetic;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public RegionKind getKind() {
        return kind;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable Integer getPopulation() {
        return population;
    }

    public @Nullable Integer getHouseholds() {
        return households;
    }

    public @Nullable GeoPoint getLocation() {
        return latitude == null || longitude == null ? null
                : new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
    }

    public @Nullable Contact getContact() {
        return contactName == null && contactPhone == null ? null : new Contact(contactName, contactPhone, this);
    }

    @Override
    public String regionCode() {
        return code;
    }

    public boolean isSyntheticCode() {
        return codeSynthetic;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public @Nullable Instant getRetiredAt() {
        return retiredAt;
    }

    public @Nullable String getRetiredReason() {
        return retiredReason;
    }

    /** The unit that took over this retired unit's records (merge or split), when there is one. */
    public @Nullable Long getSuccessorId() {
        return successorId;
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

    void describe(@Nullable String description) {
        this.description = description;
    }

    void changeKind(RegionKind kind) {
        this.kind = kind;
    }

    void count(@Nullable Integer population, @Nullable Integer households) {
        this.population = population;
        this.households = households;
    }

    void locate(@Nullable GeoPoint location) {
        this.latitude = location == null ? null : BigDecimal.valueOf(location.lat()).setScale(6, RoundingMode.HALF_UP);
        this.longitude = location == null ? null : BigDecimal.valueOf(location.lng()).setScale(6, RoundingMode.HALF_UP);
    }

    void contact(@Nullable String name, @Nullable String phone) {
        this.contactName = name;
        this.contactPhone = phone;
    }

    void retire(Instant at, String reason) {
        this.retiredAt = at;
        this.retiredReason = reason;
    }

    void succeededBy(Region successor, Instant at, String reason) {
        retire(at, reason);
        this.successorId = successor.getId();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Region region && id != null && id.equals(region.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /** The unit's contact person; personal data. */
    public record Contact(@Nullable String name, @Nullable String phone, Region owner) implements PersonalDataHolder {
        @Override
        public String ownerType() {
            return RegionDirectory.TYPE;
        }

        @Override
        public long ownerId() {
            return owner.getId();
        }

        @Override
        public String ownerRegionCode() {
            return owner.getCode();
        }
    }

    /** A WGS-84 point. */
    public record GeoPoint(double lat, double lng) {
    }
}
