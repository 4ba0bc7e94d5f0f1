package org.xiangli.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.Paging;
import org.xiangli.region.Within;
import org.xiangli.security.Roles;

/** Supervisors read the audit log of their scope, newest first. */
@Controller
class AuditController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @QueryMapping
    @PreAuthorize(Roles.AUDITORS)
    @Transactional(readOnly = true)
    public Connection<AuditEntry> auditLog(@Argument @Nullable Integer first, @Argument @Nullable String after,
                                           @Argument @Nullable Integer last, @Argument @Nullable String before,
                                           @Argument @Nullable AuditFilter filter) {
        return Paging.page(entries, matching(filter == null ? AuditFilter.NONE : filter), NEWEST_FIRST,
                PageRequest.of(first, after, last, before));
    }

    @SchemaMapping(typeName = "AuditEntry")
    String id(AuditEntry entry) {
        return GlobalId.of("AuditEntry", entry.getId());
    }

    @SchemaMapping(typeName = "AuditEntry")
    @Nullable String entityId(AuditEntry entry) {
        return entry.getEntityId() == null ? null : GlobalId.of(entry.getEntityType(), entry.getEntityId());
    }

    private static Specification<AuditEntry> matching(AuditFilter filter) {
        Specification<AuditEntry> spec = Specification.unrestricted();
        if (filter.actor() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("actor"), filter.actor()));
        }
        if (filter.actions() != null && !filter.actions().isEmpty()) {
            spec = spec.and((root, query, cb) -> root.get("action").in(filter.actions()));
        }
        if (filter.entityType() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("entityType"), filter.entityType()));
        }
        if (filter.entityId() != null) {
            GlobalId id = GlobalId.decode(filter.entityId(), "filter.entityId");
            spec = spec.and((root, query, cb) -> cb.and(cb.equal(root.get("entityType"), id.type()),
                    cb.equal(root.get("entityId"), id.id())));
        }
        String within = Within.pattern(filter.within(), "filter.within");
        if (within != null) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("regionCode"), within));
        }
        if (filter.from() != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), filter.to()));
        }
        return spec;
    }
}
