package org.xiangli.pool;

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
import java.util.Objects;

/**
 * A village's application for a catalogue item of a round. Decisions are published and take effect
 * once their public notice has ended ({@code noticeEndsAt}).
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "pool_application")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_OR_PUBLISHED)
class PoolApplication implements Versioned, RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "catalogue_item_id", nullable = false, updatable = false)
    private Long catalogueItemId;

    @Column(name = "catalogue_code", nullable = false, updatable = false)
    private String catalogueCode;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String reason;

    @Column(name = "amount_asked", nullable = false, precision = 18, scale = 2)
    private BigDecimal amountAsked;

    @Column(name = "co_funding", nullable = false, precision = 18, scale = 2)
    private BigDecimal coFunding;

    @Column(name = "amount_approved", precision = 18, scale = 2)
    private @Nullable BigDecimal amountApproved;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    private @Nullable String decisionReason;
    private @Nullable Instant noticeEndsAt;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "rolled_over_from_id", updatable = false)
    private @Nullable Long rolledOverFromId;

    @Column(name = "rolled_over_to_id")
    private @Nullable Long rolledOverToId;

    @Column(name = "lineage_id", updatable = false)
    private @Nullable Long lineageId;

    @Column(name = "project_id")
    private @Nullable Long projectId;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected PoolApplication() {
    }

    PoolApplication(PoolRound round, CatalogueItem item, String villageCode, String title, String reason,
                    BigDecimal amountAsked, BigDecimal coFunding) {
        this.roundId = round.getId();
        this.catalogueItemId = item.getId();
        this.catalogueCode = item.getCode();
        this.regionCode = villageCode;
        this.title = title;
        this.reason = reason;
        this.amountAsked = amountAsked;
        this.coFunding = coFunding;
        this.status = ApplicationStatus.SUBMITTED;
    }

    /** The continuation of this application in a later round, keeping its status and its lineage. */
    PoolApplication rollOverTo(PoolRound round, CatalogueItem item) {
        PoolApplication next = new PoolApplication(round, item, regionCode, title, reason, amountAsked, coFunding);
        next.status = status == ApplicationStatus.DEFERRED ? ApplicationStatus.RECOMMENDED : status;
        next.decisionReason = decisionReason;
        next.noticeEndsAt = noticeEndsAt;
        next.published = published;
        next.rolledOverFromId = id;
        next.lineageId = lineage();
        return next;
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getCatalogueItemId() {
        return catalogueItemId;
    }

    public String getCatalogueCode() {
        return catalogueCode;
    }

    public String getVillageCode() {
        return regionCode;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public String getTitle() {
        return title;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getAmountAsked() {
        return amountAsked;
    }

    public BigDecimal getCoFunding() {
        return coFunding;
    }

    public @Nullable BigDecimal getAmountApproved() {
        return amountApproved;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public @Nullable String getDecisionReason() {
        return decisionReason;
    }

    public @Nullable Instant getNoticeEndsAt() {
        return noticeEndsAt;
    }

    public boolean isPublished() {
        return published;
    }

    public @Nullable Long getRolledOverFromId() {
        return rolledOverFromId;
    }

    public @Nullable Long getRolledOverToId() {
        return rolledOverToId;
    }

    /** The id of the first application of this one's chain of roll-overs. */
    public long lineage() {
        return lineageId != null ? lineageId : id;
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Whether the last decision is still under public notice at that instant. */
    public boolean inNoticeAt(Instant now) {
        return noticeEndsAt != null && now.isBefore(noticeEndsAt);
    }

    void revise(String title, String reason, BigDecimal amountAsked, BigDecimal coFunding) {
        this.title = title;
        this.reason = reason;
        this.amountAsked = amountAsked;
        this.coFunding = coFunding;
        this.status = ApplicationStatus.SUBMITTED;
        this.decisionReason = null;
        this.noticeEndsAt = null;
    }

    /** A decision: published at once, in effect when the notice ends (null: no notice, e.g. a return for changes). */
    void decide(ApplicationStatus status, @Nullable String reason, @Nullable Instant noticeEndsAt) {
        this.status = status;
        this.decisionReason = reason;
        this.noticeEndsAt = noticeEndsAt;
        if (noticeEndsAt != null) {
            this.published = true;
        }
    }

    void approve(BigDecimal amount, @Nullable String reason, Instant noticeEndsAt) {
        this.amountApproved = amount;
        decide(ApplicationStatus.APPROVED, reason, noticeEndsAt);
    }

    void rolledOver(long nextId) {
        this.status = ApplicationStatus.ROLLED_OVER;
        this.rolledOverToId = nextId;
    }

    void became(long projectId) {
        this.projectId = projectId;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PoolApplication application && id != null && id.equals(application.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
