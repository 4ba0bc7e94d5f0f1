package org.xiangli.escort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import org.xiangli.security.PersonalDataHolder;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;
import java.util.Objects;

/** A key project under escort (护航), with its commissioner (项目专员). */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "project_escort")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class ProjectEscort implements Versioned, RegionScoped {

    static final String TYPE = "ProjectEscort";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long projectId;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    private @Nullable String commissionerUsername;
    private @Nullable String commissionerName;

    @Column(nullable = false, updatable = false)
    private String escortedBy;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected ProjectEscort() {
    }

    ProjectEscort(long projectId, String regionCode, String escortedBy) {
        this.projectId = projectId;
        this.regionCode = regionCode;
        this.escortedBy = escortedBy;
    }

    void commission(String username, String name) {
        this.commissionerUsername = username;
        this.commissionerName = name;
    }

    /** The commissioner as GraphQL shows it (name masked per policy); null when none is named. */
    @Nullable Commissioner commissioner() {
        return commissionerUsername == null || commissionerName == null ? null
                : new Commissioner(commissionerUsername, commissionerName, id, regionCode);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public @Nullable String getCommissionerName() {
        return commissionerName;
    }

    public String getEscortedBy() {
        return escortedBy;
    }

    public Instant getSince() {
        return createdAt;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectEscort that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /** A project's commissioner; the name is personal data of the escort record. */
    record Commissioner(String username, String name, long escortId, String escortRegion) implements PersonalDataHolder {
        @Override
        public String ownerType() {
            return TYPE;
        }

        @Override
        public long ownerId() {
            return escortId;
        }

        @Override
        public String ownerRegionCode() {
            return escortRegion;
        }
    }
}
