package org.xiangli.pool;

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
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A county's yearly round of the project pool, with its budget and what approvals have committed. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "pool_round")
@Filter(name = ScopePattern.FILTER, condition = PoolScopes.COUNTY_WIDE)
class PoolRound implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private String name;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal budget;

    /** Written only by {@link PoolRounds#commit}, which checks the budget in the same statement. */
    @Column(nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal committed = BigDecimal.ZERO;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected PoolRound() {
    }

    PoolRound(String countyCode, int year, String name, LocalDate opensOn, LocalDate closesOn, BigDecimal budget) {
        this.regionCode = countyCode;
        this.year = year;
        this.name = name;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.budget = budget;
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return regionCode;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getCommitted() {
        return committed;
    }

    public BigDecimal getRemaining() {
        return budget.subtract(committed);
    }

    public long getVersion() {
        return version;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public boolean isClosedOn(LocalDate day) {
        return day.isAfter(closesOn);
    }

}
