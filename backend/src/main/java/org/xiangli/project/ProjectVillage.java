package org.xiangli.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.math.BigDecimal;

/** A village a project serves and its share of the project, in percent. */
@Entity
@Table(name = "project_village")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class ProjectVillage implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "region_code", nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(name = "village_code", nullable = false, updatable = false, length = 12)
    private String villageCode;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal share;

    protected ProjectVillage() {
    }

    ProjectVillage(Project project, String villageCode, BigDecimal share) {
        this.projectId = project.getId();
        this.regionCode = project.regionCode();
        this.villageCode = villageCode;
        this.share = share;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public BigDecimal getShare() {
        return share;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }
}
