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
import org.xiangli.graphql.Versioned;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One visit to a talent: who came when, what the talent asked for, and whether it needs doing. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "talent_visit")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class TalentVisit implements Versioned, RegionScoped {

    static final String TYPE = "TalentVisit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "talent_id", nullable = false, updatable = false)
    private Long talentId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "visitor_role", nullable = false)
    private VisitorRole visitorRole;

    @Column(name = "visitor_name", nullable = false)
    private String visitorName;

    private @Nullable String askedFor;

    @Column(name = "needs_action", nullable = false)
    private boolean needsAction;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected TalentVisit() {
    }

    TalentVisit(Talent talent, LocalDate visitedOn, VisitorRole role, String visitorName, @Nullable String askedFor,
                boolean needsAction, String recordedBy) {
        this.talentId = talent.getId();
        this.regionCode = talent.regionCode();
        this.visitedOn = visitedOn;
        this.visitorRole = role;
        this.visitorName = visitorName;
        this.askedFor = askedFor;
        this.needsAction = needsAction;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getTalentId() {
        return talentId;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public VisitorRole getVisitorRole() {
        return visitorRole;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public @Nullable String getAskedFor() {
        return askedFor;
    }

    public boolean isNeedsAction() {
        return needsAction;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TalentVisit visit && id != null && id.equals(visit.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
