package org.xiangli.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** The GraphQL {@code AuditFilter} input. */
record AuditFilter(@Nullable String actor, @Nullable List<AuditAction> actions, @Nullable String entityType,
                   @Nullable String entityId, @Nullable String within, @Nullable Instant from, @Nullable Instant to) {

    static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null);
}
