package org.xiangli.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.jspecify.annotations.Nullable;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;

/** A change of a project's status: from, to, why, who and when. */
@Entity
@Table(name = "project_transition")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class ProjectTransition implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private @Nullable ProjectStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ProjectStatus to;

    @Column(updatable = false)
    private @Nullable String reason;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ProjectTransition() {
    }

    ProjectTransition(Project project, @Nullable ProjectStatus from, ProjectStatus to, @Nullable String reason,
                      String actor, Instant occurredAt) {
        this.projectId = project.getId();
        this.regionCode = project.regionCode();
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public Long getProjectId() {
        return projectId;
    }

    public @Nullable ProjectStatus getFrom() {
        return from;
    }

    public ProjectStatus getTo() {
        return to;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }
}
