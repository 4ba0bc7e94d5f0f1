package org.xiangli.matter;

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
import org.xiangli.escalation.EscalationLevel;
import org.xiangli.graphql.Versioned;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;
import java.util.Objects;

import static org.xiangli.matter.MatterEnums.MatterKind;
import static org.xiangli.matter.MatterEnums.MatterOwnerKind;
import static org.xiangli.matter.MatterEnums.MatterStatus;

/** A matter on the ledger; its steps are taken through {@link MatterLedger}. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "matter")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class Matter implements Versioned, RegionScoped {

    static final String TYPE = "Matter";

    /** The board's order key of a matter waiting for dispatch: after every deadline. */
    static final Instant UNDISPATCHED = Instant.parse("9000-01-01T00:00:00Z");
    /** The order key of a matter done or closed: last. */
    static final Instant SETTLED = Instant.parse("9999-01-01T00:00:00Z");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MatterKind kind;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(updatable = false)
    private @Nullable String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatterStatus status;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(updatable = false)
    private @Nullable Long gridId;
    @Column(updatable = false)
    private @Nullable Long projectId;
    @Column(updatable = false)
    private @Nullable Long talentId;
    @Column(updatable = false)
    private @Nullable Double lat;
    @Column(updatable = false)
    private @Nullable Double lng;

    @Column(nullable = false, updatable = false)
    private String reportedBy;
    @Column(nullable = false, updatable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable MatterOwnerKind ownerKind;
    private @Nullable String ownerRef;
    private @Nullable String ownerName;
    private @Nullable Instant deadline;

    @Column(nullable = false)
    private Instant dueKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscalationLevel escalationLevel;

    private @Nullable Instant escalatedAt;
    private @Nullable Instant doneAt;
    private @Nullable Instant closedAt;
    private @Nullable Boolean onTime;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected Matter() {
    }

    Matter(String number, MatterKind kind, String title, @Nullable String description, String regionCode, @Nullable Long gridId,
           @Nullable Long projectId, @Nullable Long talentId, @Nullable Double lat, @Nullable Double lng, String reportedBy,
           Instant reportedAt, EscalationLevel level) {
        this.number = number;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.regionCode = regionCode;
        this.gridId = gridId;
        this.projectId = projectId;
        this.talentId = talentId;
        this.lat = lat;
        this.lng = lng;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.escalationLevel = level;
        this.status = MatterStatus.REPORTED;
        this.dueKey = UNDISPATCHED;
    }

    void fixedOnSpot(Instant at) {
        status = MatterStatus.CLOSED;
        doneAt = at;
        closedAt = at;
        onTime = true;
        dueKey = SETTLED;
    }

    void dispatch(MatterOwnerKind kind, String reference, String name, Instant deadline, EscalationLevel level) {
        status = MatterStatus.DISPATCHED;
        ownerKind = kind;
        ownerRef = reference;
        ownerName = name;
        this.deadline = deadline;
        escalationLevel = level;
        escalatedAt = null;
        dueKey = deadline;
    }

    void accept() {
        status = MatterStatus.IN_HAND;
    }

    void complete(Instant at) {
        status = MatterStatus.DONE;
        doneAt = at;
        dueKey = SETTLED;
    }

    void confirm(Instant at) {
        status = MatterStatus.CLOSED;
        closedAt = at;
        onTime = doneAt != null && (deadline == null || !doneAt.isAfter(deadline));
    }

    /** The owner hands it back (RETURNED, the command centre holds it again), or the confirmer refuses it (IN_HAND again). */
    void returned() {
        if (status == MatterStatus.DONE) {
            status = MatterStatus.IN_HAND;
            doneAt = null;
            dueKey = deadline == null ? UNDISPATCHED : deadline;
        } else {
            status = MatterStatus.RETURNED;
            ownerKind = null;
            ownerRef = null;
            ownerName = null;
            deadline = null;
            dueKey = UNDISPATCHED;
        }
    }

    boolean isOverdue(Instant now) {
        return status.open() && deadline != null && deadline.isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public MatterKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public MatterStatus getStatus() {
        return status;
    }

    public String getRegionCode() {
        return regionCode;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public @Nullable Long getGridId() {
        return gridId;
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public @Nullable Long getTalentId() {
        return talentId;
    }

    public @Nullable Double getLat() {
        return lat;
    }

    public @Nullable Double getLng() {
        return lng;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public @Nullable MatterOwnerKind getOwnerKind() {
        return ownerKind;
    }

    public @Nullable String getOwnerRef() {
        return ownerRef;
    }

    public @Nullable String getOwnerName() {
        return ownerName;
    }

    public @Nullable Instant getDeadline() {
        return deadline;
    }

    public EscalationLevel getEscalationLevel() {
        return escalationLevel;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Matter matter && id != null && id.equals(matter.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
