package org.xiangli.project;

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
import java.time.LocalDate;

/** The owner's report for one half month: percent complete, money spent in the period, narrative. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "progress_report")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class ProgressReport implements Versioned, RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "percent_done", nullable = false)
    private int percentDone;

    @Column(name = "money_spent", nullable = false, precision = 18, scale = 2)
    private BigDecimal moneySpent;

    @Column(nullable = false)
    private String narrative;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected ProgressReport() {
    }

    ProgressReport(Project project, HalfMonth period, int percentDone, BigDecimal moneySpent, String narrative, String reportedBy) {
        this.projectId = project.getId();
        this.regionCode = project.regionCode();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.percentDone = percentDone;
        this.moneySpent = moneySpent;
        this.narrative = narrative;
        this.reportedBy = reportedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public HalfMonth period() {
        return new HalfMonth(periodStart, periodEnd);
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getPercentDone() {
        return percentDone;
    }

    public BigDecimal getMoneySpent() {
        return moneySpent;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    void correct(int percentDone, BigDecimal moneySpent, String narrative, String reportedBy) {
        this.percentDone = percentDone;
        this.moneySpent = moneySpent;
        this.narrative = narrative;
        this.reportedBy = reportedBy;
    }
}
