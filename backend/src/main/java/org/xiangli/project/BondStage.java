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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded stage (借、建、用、还) of a special-bond project. */
@Entity
@Table(name = "bond_stage")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class BondStage implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private BondStageKind stage;

    @Column(name = "happened_on", nullable = false, updatable = false)
    private LocalDate happenedOn;

    @Column(updatable = false, precision = 18, scale = 2)
    private @Nullable BigDecimal amount;

    @Column(updatable = false)
    private @Nullable String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected BondStage() {
    }

    BondStage(Project project, BondStageKind stage, LocalDate happenedOn, @Nullable BigDecimal amount,
              @Nullable String note, String recordedBy, Instant recordedAt) {
        this.projectId = project.getId();
        this.regionCode = project.regionCode();
        this.stage = stage;
        this.happenedOn = happenedOn;
        this.amount = amount;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getProjectId() {
        return projectId;
    }

    public BondStageKind getStage() {
        return stage;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public @Nullable BigDecimal getAmount() {
        return amount;
    }

    public @Nullable String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }
}
