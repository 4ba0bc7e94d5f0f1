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

/** A risk point (风险点) of a project's risk register; its control measures are {@link ControlMeasure}s. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "risk_point")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class RiskPoint implements Versioned, RegionScoped {

    static final String TYPE = "RiskPoint";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private Long projectId;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscortEnums.RiskPointLevel level;

    protected RiskPoint() {
    }

    RiskPoint(long projectId, String regionCode, String description, EscortEnums.RiskPointLevel level) {
        this.projectId = projectId;
        this.regionCode = regionCode;
        this.description = description;
        this.level = level;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getDescription() {
        return description;
    }

    public EscortEnums.RiskPointLevel getLevel() {
        return level;
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
        return other instanceof RiskPoint that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
