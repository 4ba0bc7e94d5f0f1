package org.xiangli.talent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;
import java.time.LocalDate;

/** A talent's membership in an association; scoped like its association. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "talent_association_member")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class TalentMembership implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "association_id", nullable = false, updatable = false)
    private Long associationId;

    @Column(name = "talent_id", nullable = false, updatable = false)
    private Long talentId;

    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    private @Nullable String role;
    private @Nullable LocalDate joinedOn;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected TalentMembership() {
    }

    TalentMembership(TalentAssociation association, Talent talent, @Nullable String role, @Nullable LocalDate joinedOn) {
        this.associationId = association.getId();
        this.talentId = talent.getId();
        this.regionCode = association.getRegionCode();
        this.role = role;
        this.joinedOn = joinedOn;
    }

    public Long getAssociationId() {
        return associationId;
    }

    public Long getTalentId() {
        return talentId;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public @Nullable String getRole() {
        return role;
    }

    public @Nullable LocalDate getJoinedOn() {
        return joinedOn;
    }
}
