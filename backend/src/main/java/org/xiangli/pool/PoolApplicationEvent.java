package org.xiangli.pool;

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

/** One step of an application's history: what was done, by whom, when, why. */
@Entity
@Table(name = "pool_application_event")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class PoolApplicationEvent implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ApplicationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, updatable = false)
    private ApplicationStatus statusAfter;

    @Column(updatable = false)
    private @Nullable String reason;

    @Column(name = "notice_ends_at", updatable = false)
    private @Nullable Instant noticeEndsAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected PoolApplicationEvent() {
    }

    PoolApplicationEvent(PoolApplication application, ApplicationAction action, @Nullable String reason, String actor, Instant occurredAt) {
        this.applicationId = application.getId();
        this.regionCode = application.regionCode();
        this.action = action;
        this.statusAfter = application.getStatus();
        this.reason = reason;
        this.noticeEndsAt = application.getNoticeEndsAt();
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public ApplicationAction getAction() {
        return action;
    }

    public ApplicationStatus getStatusAfter() {
        return statusAfter;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public @Nullable Instant getNoticeEndsAt() {
        return noticeEndsAt;
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
