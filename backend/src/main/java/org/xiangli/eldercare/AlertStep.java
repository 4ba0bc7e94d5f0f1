package org.xiangli.eldercare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** One step of an alert's history, to the second, with who took it. Never changed once written. */
@Entity
@Immutable
@Table(name = "alert_step")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class AlertStep implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long alertId;

    @Column(nullable = false, length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepAction action;

    @Column(nullable = false)
    private Instant actedAt;

    @Column(nullable = false)
    private String actor;

    private @Nullable String note;
    private @Nullable Integer contactPosition;

    @Enumerated(EnumType.STRING)
    private @Nullable CallResult callResult;

    protected AlertStep() {
    }

    AlertStep(Alert alert, StepAction action, Instant at, String actor, @Nullable String note,
              @Nullable Integer contactPosition, @Nullable CallResult callResult) {
        this.alertId = alert.getId();
        this.regionCode = alert.getRegionCode();
        this.action = action;
        this.actedAt = at.truncatedTo(ChronoUnit.SECONDS);
        this.actor = actor;
        this.note = note;
        this.contactPosition = contactPosition;
        this.callResult = callResult;
    }

    public Long getId() {
        return id;
    }

    public Long getAlertId() {
        return alertId;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public StepAction getAction() {
        return action;
    }

    public Instant getAt() {
        return actedAt;
    }

    public String getActor() {
        return actor;
    }

    public @Nullable String getNote() {
        return note;
    }

    public @Nullable Integer getContactPosition() {
        return contactPosition;
    }

    public @Nullable CallResult getCallResult() {
        return callResult;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AlertStep step && id != null && id.equals(step.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
