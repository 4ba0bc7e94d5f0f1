package org.xiangli.matter;

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
import org.xiangli.security.ScopePattern;

import java.time.Instant;

import static org.xiangli.matter.MatterEnums.MatterStepAction;

/** One step of a matter's history; written once, never changed. */
@Entity
@Table(name = "matter_step")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class MatterStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long matterId;

    @Column(nullable = false, updatable = false)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MatterStepAction action;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private @Nullable String note;

    protected MatterStep() {
    }

    MatterStep(Matter matter, MatterStepAction action, Instant at, String actor, @Nullable String note) {
        this.matterId = matter.getId();
        this.regionCode = matter.getRegionCode();
        this.action = action;
        this.at = at;
        this.actor = actor;
        this.note = note;
    }

    public Long getMatterId() {
        return matterId;
    }

    public MatterStepAction getAction() {
        return action;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public @Nullable String getNote() {
        return note;
    }
}
