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
import org.xiangli.security.Personal;
import org.xiangli.security.PersonalKind;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One disbursement or payment, exact to the fen, with its voucher. Never changed once recorded. */
@Entity
@Table(name = "fund_movement")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class FundMovement implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MovementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FundingSource source;

    @Column(nullable = false, updatable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Column(name = "moved_on", nullable = false, updatable = false)
    private LocalDate movedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee_kind", nullable = false, updatable = false)
    private PayeeKind payeeKind;

    /** Masked in the audit log whatever the kind: the log cannot tell persons from organisations later. */
    @Personal(PersonalKind.NAME)
    @Column(nullable = false, updatable = false)
    private String payee;

    @Column(name = "voucher_no", nullable = false, updatable = false)
    private String voucherNo;

    @Column(updatable = false)
    private @Nullable String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected FundMovement() {
    }

    FundMovement(Project project, MovementKind kind, FundingSource source, BigDecimal amount, LocalDate movedOn,
                 PayeeKind payeeKind, String payee, String voucherNo, @Nullable String note, String recordedBy, Instant recordedAt) {
        this.projectId = project.getId();
        this.regionCode = project.regionCode();
        this.kind = kind;
        this.source = source;
        this.amount = amount;
        this.movedOn = movedOn;
        this.payeeKind = payeeKind;
        this.payee = payee;
        this.voucherNo = voucherNo;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public MovementKind getKind() {
        return kind;
    }

    public FundingSource getSource() {
        return source;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getMovedOn() {
        return movedOn;
    }

    public PayeeKind getPayeeKind() {
        return payeeKind;
    }

    public String getPayeeName() {
        return payee;
    }

    public String getVoucherNo() {
        return voucherNo;
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
