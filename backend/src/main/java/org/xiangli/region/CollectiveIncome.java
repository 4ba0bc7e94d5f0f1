package org.xiangli.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.xiangli.graphql.Versioned;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.math.BigDecimal;
import java.time.Instant;

/** A village's collective operating income (村集体经营性收入) for one year, in CNY. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "collective_income")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class CollectiveIncome implements Versioned, RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected CollectiveIncome() {
    }

    CollectiveIncome(Region village, int year, BigDecimal amount) {
        this.regionId = village.getId();
        this.regionCode = village.getCode();
        this.year = year;
        this.amount = amount;
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

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void correct(BigDecimal amount) {
        this.amount = amount;
    }
}
