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
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.xiangli.graphql.Versioned;
import org.xiangli.project.ProjectCategory;

import java.time.Instant;
import java.util.Objects;

/**
 * The milestones a county sets for a category of projects; its steps are {@link MilestoneTemplateStep}s.
 * Not region-filtered: a township administrator escorting a project reads its county's template.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "milestone_template")
class MilestoneTemplate implements Versioned {

    static final String TYPE = "MilestoneTemplate";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProjectCategory category;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected MilestoneTemplate() {
    }

    MilestoneTemplate(String county, ProjectCategory category) {
        this.regionCode = county;
        this.category = category;
    }

    /** Marks the template changed (its steps were replaced), so its version moves. */
    void touch(Instant at) {
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCounty() {
        return regionCode;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MilestoneTemplate that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
