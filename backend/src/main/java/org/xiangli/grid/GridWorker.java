package org.xiangli.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.xiangli.security.EncryptedString;
import org.xiangli.security.Personal;
import org.xiangli.security.PersonalDataHolder;
import org.xiangli.security.PersonalKind;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;

/** A person serving a grid, with the Keycloak account their reports and steps are recorded under. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "grid_worker")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class GridWorker implements Versioned, RegionScoped, PersonalDataHolder {

    static final String TYPE = "GridWorker";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long gridId;

    @Column(nullable = false, length = 12)
    private String regionCode;

    @Personal(PersonalKind.NAME)
    @Column(nullable = false)
    private String name;

    @Personal(PersonalKind.PHONE)
    @Convert(converter = EncryptedString.class)
    private @Nullable String phone;

    @Column(nullable = false, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GridEmployment employment;

    @Column(updatable = false)
    private @Nullable Long talentId;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected GridWorker() {
    }

    GridWorker(Grid grid, String name, @Nullable String phone, String username, GridEmployment employment, @Nullable Long talentId) {
        this.gridId = grid.getId();
        this.regionCode = grid.getRegionCode();
        this.name = name;
        this.phone = phone;
        this.username = username;
        this.employment = employment;
        this.talentId = talentId;
    }

    void moveTo(Grid grid) {
        this.gridId = grid.getId();
        this.regionCode = grid.getRegionCode();
    }

    void call(@Nullable String phone) {
        this.phone = phone;
    }

    void employ(GridEmployment employment) {
        this.employment = employment;
    }

    void serve(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public Long getGridId() {
        return gridId;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public String getUsername() {
        return username;
    }

    public GridEmployment getEmployment() {
        return employment;
    }

    public @Nullable Long getTalentId() {
        return talentId;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public String regionCode() {
        return regionCode;
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
        return other instanceof GridWorker worker && id != null && id.equals(worker.id);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }
}
