package org.xiangli.pool;

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
import org.xiangli.project.ProjectCategory;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.math.BigDecimal;
import java.time.Instant;

/** A project type on a round's menu. Its code stays the same from year to year. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "catalogue_item")
@Filter(name = ScopePattern.FILTER, condition = PoolScopes.COUNTY_WIDE)
class CatalogueItem implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectCategory category;

    @Column(nullable = false)
    private String name;

    private @Nullable String description;
    private @Nullable String eligibility;

    @Column(name = "subsidy_cap", nullable = false, precision = 18, scale = 2)
    private BigDecimal subsidyCap;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected CatalogueItem() {
    }

    CatalogueItem(PoolRound round, String code, ProjectCategory category, String name, @Nullable String description,
                  @Nullable String eligibility, BigDecimal subsidyCap) {
        this.roundId = round.getId();
        this.regionCode = round.regionCode();
        this.code = code;
        this.category = category;
        this.name = name;
        this.description = description;
        this.eligibility = eligibility;
        this.subsidyCap = subsidyCap;
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public String getCode() {
        return code;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable String getEligibility() {
        return eligibility;
    }

    public BigDecimal getSubsidyCap() {
        return subsidyCap;
    }
}
