package org.xiangli.eldercare;

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
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.xiangli.graphql.Versioned;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;
import java.util.Objects;

/** Visit mode: behaviour rules stay silent for an elder until it expires or is ended. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "elder_silence")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class Silence implements Versioned, RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long elderId;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private Instant startsAt;

    @Column(nullable = false, updatable = false)
    private Instant expiresAt;

    private @Nullable Instant endedAt;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected Silence() {
    }

    Silence(Elder elder, String author, String reason, Instant startsAt, Instant expiresAt) {
        this.elderId = elder.getId();
        this.regionCode = elder.getRegionCode();
        this.author = author;
        this.reason = reason;
        this.startsAt = startsAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public Long getElderId() {
        return elderId;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public String getAuthor() {
        return author;
    }

    public String getReason() {
        return reason;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getEndedAt() {
        return endedAt;
    }

    public long getVersion() {
        return version;
    }

    boolean activeAt(Instant at) {
        return endedAt == null && !at.isBefore(startsAt) && at.isBefore(expiresAt);
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Silence silence && id != null && id.equals(silence.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
