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
import java.time.LocalDate;
import java.util.Objects;

/** A milestone (节点) of an escorted project. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "project_milestone")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class Milestone implements Versioned, RegionScoped, PersonalDataHolder {

    static final String TYPE = "Milestone";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long projectId;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private LocalDate deadline;

    private @Nullable String responsible;
    private @Nullable LocalDate doneOn;
    private @Nullable Long overdueMatterId;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected Milestone() {
    }

    Milestone(long projectId, String regionCode, int position, String name, LocalDate deadline) {
        this.projectId = projectId;
        this.regionCode = regionCode;
        this.position = position;
        this.name = name;
        this.deadline = deadline;
    }

    void change(@Nullable String name, @Nullable LocalDate deadline, @Nullable String responsible) {
        if (name != null) {
            this.name = name;
        }
        if (deadline != null) {
            this.deadline = deadline;
        }
        if (responsible != null) {
            this.responsible = responsible;
        }
    }

    void done(LocalDate on) {
        this.doneOn = on;
    }

    boolean isOverdue(LocalDate today) {
        return doneOn == null && deadline.isBefore(today);
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

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public @Nullable String getResponsible() {
        return responsible;
    }

    public @Nullable LocalDate getDoneOn() {
        return doneOn;
    }

    public @Nullable Long getOverdueMatterId() {
        return overdueMatterId;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public String ownerType() {
        return TYPE;
    }

    @Override
    public long ownerId() {
        return id;
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Milestone that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
