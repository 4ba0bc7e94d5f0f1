package org.xiangli.project;

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
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A project's budget from one funding source and what has been disbursed and paid from it.
 * Invariant, per source: paid ≤ disbursed ≤ budget (also a CHECK in the database).
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "project_funding")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class ProjectFunding implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FundingSource source;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal budget;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal disbursed = BigDecimal.ZERO;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal paid = BigDecimal.ZERO;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected ProjectFunding() {
    }

    ProjectFunding(Project project, FundingSource source, BigDecimal budget) {
        this.projectId = project.getId();
        this.regionCode = project.regionCode();
        this.source = source;
        this.budget = budget;
    }

    public Long getProjectId() {
        return projectId;
    }

    public FundingSource getSource() {
        return source;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getDisbursed() {
        return disbursed;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    /** What may still be disbursed from this source. */
    public BigDecimal undisbursed() {
        return budget.subtract(disbursed);
    }

    /** What has been disbursed but not yet paid out. */
    public BigDecimal unpaid() {
        return disbursed.subtract(paid);
    }

    void disburse(BigDecimal amount) {
        disbursed = disbursed.add(amount);
    }

    void pay(BigDecimal amount) {
        paid = paid.add(amount);
    }

    void revise(BigDecimal budget) {
        this.budget = budget;
    }
}
