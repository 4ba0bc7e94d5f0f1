package org.xiangli.grid;

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

/** A grid: the unit a grid worker patrols, held by a village, community or township. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "grid")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
public class Grid implements Versioned, RegionScoped {

    static final String TYPE = "Grid";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 20)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private GridSize size;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    private @Nullable Long parentId;
    private @Nullable String boundary;
    private @Nullable Integer households;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    protected Grid() {
    }

    Grid(String code, String name, GridSize size, String regionCode, @Nullable Long parentId,
         @Nullable String boundary, @Nullable Integer households) {
        this.code = code;
        this.name = name;
        this.size = size;
        this.regionCode = regionCode;
        this.parentId = parentId;
        this.boundary = boundary;
        this.households = households;
    }

    void rename(String name) {
        this.name = name;
    }

    void describe(@Nullable String boundary, @Nullable Integer households) {
        this.boundary = boundary;
        this.households = households;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public GridSize getSize() {
        return size;
    }

    public String getRegionCode() {
        return regionCode;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public @Nullable String getBoundary() {
        return boundary;
    }

    public @Nullable Integer getHouseholds() {
        return households;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Grid grid && id != null && id.equals(grid.id);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }
}
