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
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.xiangli.graphql.Versioned;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A project, owned by a village, township or county (its {@code regionCode}). The money totals are
 * maintained by {@link ProjectFinance} in SQL under the funding rows' lock, never written from here.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "project")
@Filter(name = ScopePattern.FILTER, condition = Scopes.PUBLISHED)
public class Project implements Versioned, RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(name = "county_code", nullable = false, updatable = false, length = 6)
    private String countyCode;

    @Column(name = "township_code", nullable = false, updatable = false, length = 9)
    private String townshipCode;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectCategory category;

    @Column(nullable = false)
    private String owner;

    private @Nullable String description;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    private @Nullable String statusReason;

    @Column(name = "application_id", updatable = false)
    private @Nullable Long applicationId;

    @Column(nullable = false)
    private boolean published;

    private @Nullable LocalDate plannedStart;
    private @Nullable LocalDate plannedEnd;
    private @Nullable LocalDate actualStart;
    private @Nullable LocalDate actualEnd;
    private @Nullable LocalDate reportedThrough;

    @Column(name = "budget_total", nullable = false, insertable = false, updatable = false)
    private BigDecimal budgetTotal = BigDecimal.ZERO;

    @Column(name = "disbursed_total", nullable = false, insertable = false, updatable = false)
    private BigDecimal disbursedTotal = BigDecimal.ZERO;

    @Column(name = "paid_total", nullable = false, insertable = false, updatable = false)
    private BigDecimal paidTotal = BigDecimal.ZERO;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected Project() {
    }

    Project(String regionCode, String name, ProjectCategory category, String owner, int year, @Nullable Long applicationId) {
        this.regionCode = regionCode;
        this.countyCode = regionCode.substring(0, 6);
        this.townshipCode = regionCode.substring(0, Math.min(9, regionCode.length()));
        this.name = name;
        this.category = category;
        this.owner = owner;
        this.year = year;
        this.applicationId = applicationId;
        this.status = ProjectStatus.APPROVED;
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

    public String getName() {
        return name;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public String getOwner() {
        return owner;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public int getYear() {
        return year;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public @Nullable String getStatusReason() {
        return statusReason;
    }

    public @Nullable Long getApplicationId() {
        return applicationId;
    }

    public boolean isPublished() {
        return published;
    }

    public @Nullable LocalDate getPlannedStart() {
        return plannedStart;
    }

    public @Nullable LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public @Nullable LocalDate getActualStart() {
        return actualStart;
    }

    public @Nullable LocalDate getActualEnd() {
        return actualEnd;
    }

    public @Nullable LocalDate getReportedThrough() {
        return reportedThrough;
    }

    public BigDecimal getBudgetTotal() {
        return budgetTotal;
    }

    public BigDecimal getDisbursedTotal() {
        return disbursedTotal;
    }

    public BigDecimal getPaidTotal() {
        return paidTotal;
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

    /** Whether a report for a period that ended before {@code today} is missing. */
    public boolean isOverdue(LocalDate today) {
        return status == ProjectStatus.IN_PROGRESS && reportedThrough != null
                && reportedThrough.isBefore(HalfMonth.dueThrough(today));
    }

    void describe(@Nullable String description) {
        this.description = description;
    }

    void rename(String name) {
        this.name = name;
    }

    void changeOwner(String owner) {
        this.owner = owner;
    }

    void plan(@Nullable LocalDate start, @Nullable LocalDate end) {
        this.plannedStart = start;
        this.plannedEnd = end;
    }

    void publish(boolean published) {
        this.published = published;
    }

    /** Moves to the target state; the caller has checked that the move is allowed. */
    void moveTo(ProjectStatus target, @Nullable String reason, LocalDate on) {
        if (target == ProjectStatus.IN_PROGRESS && actualStart == null) {
            actualStart = on;
            // nothing is due for the periods before the project started
            reportedThrough = HalfMonth.containing(on).previous().end();
        }
        if (target == ProjectStatus.COMPLETED) {
            actualEnd = on;
        }
        this.status = target;
        this.statusReason = reason;
    }

    void reported(HalfMonth period) {
        if (reportedThrough == null || period.end().isAfter(reportedThrough)) {
            reportedThrough = period.end();
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Project project && id != null && id.equals(project.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
