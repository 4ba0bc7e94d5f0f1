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
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A talent association (乡贤会) or chamber of commerce (异地商会) of a county, township or village. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "talent_association")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class TalentAssociation implements RegionScoped {

    static final String TYPE = "TalentAssociation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssociationKind kind;

    @Column(nullable = false)
    private String name;

    private @Nullable String description;
    private @Nullable LocalDate foundedOn;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected TalentAssociation() {
    }

    TalentAssociation(long regionId, String regionCode, AssociationKind kind, String name,
                      @Nullable String description, @Nullable LocalDate foundedOn) {
        this.regionId = regionId;
        this.regionCode = regionCode;
        this.kind = kind;
        this.name = name;
        this.description = description;
        this.foundedOn = foundedOn;
    }

    public Long getId() {
        return id;
    }

    public Long getRegionId() {
        return regionId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public AssociationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable LocalDate getFoundedOn() {
        return foundedOn;
    }

    public long getVersion() {
        return version;
    }

    /** A change of membership is a change of the association: its version moves, its audit names it. */
    void touch() {
        this.updatedAt = null; // dirty now; the auditing listener stamps it from the clock before the update
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TalentAssociation association && id != null && id.equals(association.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
