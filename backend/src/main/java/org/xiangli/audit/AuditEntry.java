package org.xiangli.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.xiangli.security.ScopePattern;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An entry of the append-only audit log, as read back. Never changed through JPA. */
@Entity
@Immutable
@Table(name = "audit_log")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class AuditEntry {

    @Id
    private Long id;
    private Instant occurredAt;
    private String actor;
    private String actorRoles;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    private String entityType;
    private @Nullable Long entityId;
    private String regionCode;
    @Column(columnDefinition = "TEXT")
    private @Nullable String detail;
    private @Nullable String requestId;

    protected AuditEntry() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public List<String> getActorRoles() {
        return actorRoles.isEmpty() ? List.of() : Arrays.asList(actorRoles.split(","));
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public @Nullable Long getEntityId() {
        return entityId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public @Nullable String getRequestId() {
        return requestId;
    }
}
