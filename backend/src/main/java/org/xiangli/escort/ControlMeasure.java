package org.xiangli.escort;

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

/** A control measure (管控措施) of a risk point. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "control_measure")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class ControlMeasure implements Versioned, RegionScoped {

    static final String TYPE = "ControlMeasure";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private Long riskPointId;

    @Column(nullable = false)
    private String what;

    @Column(nullable = false)
    private String who;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EscortEnums.ControlMeasureStatus status;

    protected ControlMeasure() {
    }

    ControlMeasure(RiskPoint risk, String what, String who, EscortEnums.ControlMeasureStatus status) {
        this.riskPointId = risk.getId();
        this.regionCode = risk.regionCode();
        this.what = what;
        this.who = who;
        this.status = status;
    }

    void status(EscortEnums.ControlMeasureStatus status) {
        this.status = status;
    }

    public Long getRiskPointId() {
        return riskPointId;
    }

    public String getWhat() {
        return what;
    }

    public String getWho() {
        return who;
    }

    public EscortEnums.ControlMeasureStatus getStatus() {
        return status;
    }

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    public Long getId() {
        return id;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ControlMeasure that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
