package org.xiangli.matter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.jspecify.annotations.Nullable;
import org.xiangli.security.ScopePattern;

import java.time.Instant;

/** A photo of a matter: uploaded first by its reporter or owner, then attached to the matter by a step. */
@Entity
@Table(name = "matter_photo")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class MatterPhoto {

    static final String TYPE = "MatterPhoto";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable Long matterId;

    @Column(nullable = false)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private String storageKey;
    @Column(nullable = false, updatable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;
    @Column(nullable = false, updatable = false)
    private String sha256;
    @Column(updatable = false)
    private @Nullable Instant takenAt;
    @Column(nullable = false, updatable = false)
    private Instant uploadedAt;
    @Column(nullable = false, updatable = false)
    private String uploadedBy;

    protected MatterPhoto() {
    }

    MatterPhoto(String regionCode, String storageKey, String contentType, long size, String sha256, @Nullable Instant takenAt,
                Instant uploadedAt, String uploadedBy) {
        this.regionCode = regionCode;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.takenAt = takenAt;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    void attachTo(Matter matter) {
        this.matterId = matter.getId();
        this.regionCode = matter.getRegionCode();
    }

    public Long getId() {
        return id;
    }

    public @Nullable Long getMatterId() {
        return matterId;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getContentType() {
        return contentType;
    }

    public @Nullable Instant getTakenAt() {
        return takenAt;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
