package org.xiangli.escort;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A supervisors' site check (检查) of a project; its findings are matters ({@link SiteCheckFinding}). */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "site_check")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class SiteCheck implements Versioned, RegionScoped {

    static final String TYPE = "SiteCheck";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private Long projectId;

    @Column(nullable = false, updatable = false)
    private LocalDate checkedOn;

    @Column(nullable = false, updatable = false)
    private String checkers;

    @Column(updatable = false)
    private @Nullable String summary;

    @Column(nullable = false, updatable = false)
    private String recordedBy;

    protected SiteCheck() {
    }

    SiteCheck(long projectId, String regionCode, LocalDate checkedOn, String checkers, @Nullable String summary, String recordedBy) {
        this.projectId = projectId;
        this.regionCode = regionCode;
        this.checkedOn = checkedOn;
        this.checkers = checkers;
        this.summary = summary;
        this.recordedBy = recordedBy;
    }

    public Long getProjectId() {
        return projectId;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public String getCheckers() {
        return checkers;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    public Long getId() {
        return id;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SiteCheck that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
