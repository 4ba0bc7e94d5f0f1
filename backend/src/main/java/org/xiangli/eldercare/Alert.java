package org.xiangli.eldercare;

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
import org.hibernate.annotations.Formula;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.xiangli.escalation.EscalationLevel;
import org.xiangli.graphql.Versioned;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;
import java.util.Objects;

/**
 * An alert and where it stands in the closed loop. Alerts are raised (and joined) by
 * {@link AlertRaiser} in SQL, and worked through {@link AlertLoop}.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "alert")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class Alert implements Versioned, RegionScoped {

    static final String TYPE = "Alert";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long elderId;

    @Column(updatable = false)
    private @Nullable Long deviceId;

    /** The grid the elder is placed in now, read with the alert (the live stream filters grid workers by it). */
    @Formula("(SELECT e.grid_id FROM elder e WHERE e.id = elder_id)")
    private @Nullable Long elderGridId;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AlertKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Severity severity;

    @Column(nullable = false, updatable = false)
    private int urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertStatus status;

    private @Nullable String openKey;

    @Column(nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(updatable = false)
    private @Nullable Instant conditionSince;

    @Column(nullable = false, updatable = false)
    private Instant lastTriggeredAt;

    @Column(nullable = false, updatable = false)
    private int triggerCount;

    @Column(updatable = false)
    private @Nullable String triggerEventId;

    @Column(updatable = false)
    private @Nullable String detail;

    private @Nullable String assignee;
    private @Nullable Instant acknowledgedAt;
    private @Nullable Instant onSiteAt;
    private @Nullable Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable AlertOutcome outcome;

    private @Nullable Instant followedUpAt;
    private @Nullable Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationLevel escalationLevel;

    @Column(updatable = false)
    private @Nullable Instant acknowledgeBreachedAt;

    @Column(updatable = false)
    private @Nullable Instant onSiteBreachedAt;

    @Column(updatable = false)
    private @Nullable Instant followUpBreachedAt;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected Alert() {
    }

    public Long getId() {
        return id;
    }

    public Long getElderId() {
        return elderId;
    }

    public @Nullable Long getDeviceId() {
        return deviceId;
    }

    @Nullable Long getElderGridId() {
        return elderGridId;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getVillageCode() {
        return regionCode;
    }

    public AlertKind getKind() {
        return kind;
    }

    public Severity getSeverity() {
        return severity;
    }

    public AlertStatus getStatus() {
        return status;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getLastTriggeredAt() {
        return lastTriggeredAt;
    }

    public int getTriggerCount() {
        return triggerCount;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public @Nullable String getAssignee() {
        return assignee;
    }

    public @Nullable Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public @Nullable Instant getOnSiteAt() {
        return onSiteAt;
    }

    public @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }

    public @Nullable AlertOutcome getOutcome() {
        return outcome;
    }

    public @Nullable Instant getFollowedUpAt() {
        return followedUpAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public EscalationLevel getEscalationLevel() {
        return escalationLevel;
    }

    public long getVersion() {
        return version;
    }

    void acknowledge(String actor, Instant at) {
        this.assignee = actor;
        this.acknowledgedAt = at;
        this.status = AlertStatus.ACKNOWLEDGED;
    }

    void arrive(Instant at) {
        this.onSiteAt = at;
        this.status = AlertStatus.ON_SITE;
    }

    /** Resolving ends the active phase: the next trigger of this kind raises a new alert. */
    void resolve(AlertOutcome outcome, Instant at) {
        this.outcome = outcome;
        this.resolvedAt = at;
        this.status = AlertStatus.RESOLVED;
        this.openKey = null;
    }

    void followUp(Instant at) {
        this.followedUpAt = at;
        this.status = AlertStatus.FOLLOWED_UP;
    }

    /** Marks the alert changed without a status change (a logged call), so its version moves. */
    void touched() {
        this.updatedAt = null; // dirty now; the auditing listener stamps it from the clock before the update
    }

    void close(Instant at) {
        this.closedAt = at;
        this.status = AlertStatus.CLOSED;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Alert alert && id != null && id.equals(alert.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
