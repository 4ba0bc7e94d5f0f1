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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a talent's ledger. Kept by whoever keeps the talent (the hometown's scope); read also
 * by the beneficiary's officials, who see what their unit received but not the giver when the giver
 * is from elsewhere. Investments keep the pledged and the realised amount in separate columns.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "talent_contribution")
@Filter(name = ScopePattern.FILTER, condition = TalentAccess.LEDGER_CONDITION)
class TalentContribution implements Versioned, RegionScoped {

    static final String TYPE = "TalentContribution";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "talent_id", nullable = false, updatable = false)
    private Long talentId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContributionKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    private @Nullable BigDecimal pledgedAmount;
    private @Nullable BigDecimal realisedAmount;
    private @Nullable BigDecimal donatedAmount;
    private @Nullable Integer jobsCreated;
    private @Nullable Integer peopleReached;

    @Enumerated(EnumType.STRING)
    private @Nullable ServiceKind serviceKind;

    private @Nullable String purpose;
    private @Nullable String referred;
    private @Nullable Long beneficiaryId;
    private @Nullable String beneficiaryCode;
    private @Nullable Long projectId;
    private @Nullable String projectName;
    private @Nullable String description;

    /** Investments only: where it stands in the pipeline; signed on {@link #occurredOn}. */
    @Enumerated(EnumType.STRING)
    private @Nullable InvestmentStage stage;

    private @Nullable LocalDate landedOn;
    private @Nullable LocalDate producingOn;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected TalentContribution() {
    }

    TalentContribution(Talent talent, ContributionKind kind, LocalDate occurredOn) {
        this.talentId = talent.getId();
        this.regionCode = talent.regionCode();
        this.kind = kind;
        this.occurredOn = occurredOn;
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

    public ContributionKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public @Nullable BigDecimal getPledgedAmount() {
        return pledgedAmount;
    }

    public @Nullable BigDecimal getRealisedAmount() {
        return realisedAmount;
    }

    public @Nullable BigDecimal getDonatedAmount() {
        return donatedAmount;
    }

    public @Nullable Integer getJobsCreated() {
        return jobsCreated;
    }

    public @Nullable Integer getPeopleReached() {
        return peopleReached;
    }

    public @Nullable ServiceKind getServiceKind() {
        return serviceKind;
    }

    public @Nullable String getPurpose() {
        return purpose;
    }

    public @Nullable String getReferred() {
        return referred;
    }

    public @Nullable Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public @Nullable String getBeneficiaryCode() {
        return beneficiaryCode;
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public @Nullable String getProjectName() {
        return projectName;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable InvestmentStage getStage() {
        return stage;
    }

    /** The day the investment was signed: the entry's date. Null for other kinds. */
    public @Nullable LocalDate getSignedOn() {
        return kind == ContributionKind.INVESTMENT ? occurredOn : null;
    }

    public @Nullable LocalDate getLandedOn() {
        return landedOn;
    }

    public @Nullable LocalDate getProducingOn() {
        return producingOn;
    }

    /** The date of the stage reached last (the signing date for a SIGNED investment). */
    @Nullable LocalDate stageReachedOn() {
        return stage == null ? null : switch (stage) {
            case SIGNED -> occurredOn;
            case LANDED -> landedOn;
            case PRODUCING -> producingOn;
        };
    }

    /** A new investment enters the pipeline signed, or landed the same day when money has arrived. */
    void enterPipeline() {
        if (kind == ContributionKind.INVESTMENT) {
            boolean landed = realisedAmount != null && realisedAmount.signum() > 0;
            this.stage = landed ? InvestmentStage.LANDED : InvestmentStage.SIGNED;
            this.landedOn = landed ? occurredOn : null;
        }
    }

    /** Moves the investment to {@code next} on {@code on} (checked by the caller). */
    void advance(InvestmentStage next, LocalDate on) {
        this.stage = next;
        if (next == InvestmentStage.LANDED) {
            this.landedOn = on;
        } else if (next == InvestmentStage.PRODUCING) {
            this.producingOn = on;
        }
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void occurredOn(LocalDate on) {
        this.occurredOn = on;
    }

    void investment(@Nullable BigDecimal pledged, @Nullable BigDecimal realised) {
        this.pledgedAmount = pledged;
        this.realisedAmount = realised;
    }

    void donation(@Nullable BigDecimal amount, @Nullable String purpose) {
        this.donatedAmount = amount;
        this.purpose = purpose;
    }

    void jobs(@Nullable Integer jobs) {
        this.jobsCreated = jobs;
    }

    void service(@Nullable ServiceKind kind, @Nullable Integer peopleReached) {
        this.serviceKind = kind;
        this.peopleReached = peopleReached;
    }

    void referral(@Nullable String referred) {
        this.referred = referred;
    }

    void benefits(@Nullable Hometown beneficiary) {
        this.beneficiaryId = beneficiary == null ? null : beneficiary.id();
        this.beneficiaryCode = beneficiary == null ? null : beneficiary.code();
    }

    void project(@Nullable Long projectId, @Nullable String projectName) {
        this.projectId = projectId;
        this.projectName = projectName;
    }

    void describe(@Nullable String description) {
        this.description = description;
    }

    /** The talent moved hometown: the ledger follows, so it stays in the same hands. */
    void followTalent(Talent talent) {
        this.regionCode = talent.regionCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TalentContribution entry && id != null && id.equals(entry.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
