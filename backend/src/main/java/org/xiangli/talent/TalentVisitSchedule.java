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

/**
 * Who visits a talent how often: one schedule per talent and visitor role, kept by the talent's
 * keepers (hometown scope), never public. The next visit is due {@code everyDays} after the last
 * one logged for the role (or after the schedule was set).
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "talent_visit_schedule")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class TalentVisitSchedule implements Versioned, RegionScoped {

    static final String TYPE = "TalentVisitSchedule";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "talent_id", nullable = false, updatable = false)
    private Long talentId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "visitor_role", nullable = false, updatable = false)
    private VisitorRole visitorRole;

    @Column(name = "visitor_name", nullable = false)
    private String visitorName;

    @Column(name = "every_days", nullable = false)
    private int everyDays;

    private @Nullable LocalDate lastVisitedOn;

    @Column(name = "next_due_on", nullable = false)
    private LocalDate nextDueOn;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected TalentVisitSchedule() {
    }

    TalentVisitSchedule(Talent talent, VisitorRole role, String visitorName, int everyDays, LocalDate from) {
        this.talentId = talent.getId();
        this.regionCode = talent.regionCode();
        this.visitorRole = role;
        this.visitorName = visitorName;
        this.everyDays = everyDays;
        this.nextDueOn = from.plusDays(everyDays);
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

    public VisitorRole getVisitorRole() {
        return visitorRole;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public int getEveryDays() {
        return everyDays;
    }

    public @Nullable LocalDate getLastVisitedOn() {
        return lastVisitedOn;
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }

    public long getVersion() {
        return version;
    }

    /** New visitor or interval: the next visit is due {@code everyDays} after the last (or {@code from}). */
    void change(String visitorName, int everyDays, LocalDate from) {
        this.visitorName = visitorName;
        this.everyDays = everyDays;
        this.nextDueOn = (lastVisitedOn != null ? lastVisitedOn : from).plusDays(everyDays);
    }

    /** A visit of this role was logged: the next one is due from it (an older visit logged late changes nothing). */
    void visited(LocalDate on) {
        if (lastVisitedOn == null || on.isAfter(lastVisitedOn)) {
            this.lastVisitedOn = on;
            this.nextDueOn = on.plusDays(everyDays);
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TalentVisitSchedule schedule && id != null && id.equals(schedule.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
