package org.xiangli.audit;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.xiangli.graphql.RequestIdFilter;
import org.xiangli.security.Caller;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.stream.Collectors;

/** One audit entry about to be appended. */
record AuditRecord(Instant at, String actor, String actorRoles, AuditAction action, String entityType,
                   @Nullable Long entityId, String regionCode, @Nullable String detail, @Nullable String requestId) {

    static final String INSERT = """
            INSERT INTO audit_log (occurred_at, actor, actor_roles, action, entity_type, entity_id, region_code, detail, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** An entry of the request running on this thread (its id from the logging context). */
    static AuditRecord of(Caller caller, Instant at, AuditAction action, String entityType, @Nullable Long entityId,
                          String regionCode, @Nullable String detail) {
        return of(caller, MDC.get(RequestIdFilter.MDC_KEY), at, action, entityType, entityId, regionCode, detail);
    }

    /** An entry of the given request, for code that runs after it, on another thread. */
    static AuditRecord of(Caller caller, @Nullable String requestId, Instant at, AuditAction action, String entityType,
                          @Nullable Long entityId, String regionCode, @Nullable String detail) {
        String roles = caller.roles().stream().map(role -> role.realmRole()).sorted().collect(Collectors.joining(","));
        return new AuditRecord(at, caller.name(), roles, action, entityType, entityId, regionCode, detail, requestId);
    }

    void bind(PreparedStatement statement) throws SQLException {
        statement.setTimestamp(1, Timestamp.from(at));
        statement.setString(2, actor);
        statement.setString(3, actorRoles);
        statement.setString(4, action.name());
        statement.setString(5, entityType);
        if (entityId == null) {
            statement.setNull(6, Types.BIGINT);
        } else {
            statement.setLong(6, entityId);
        }
        statement.setString(7, regionCode);
        statement.setString(8, detail);
        statement.setString(9, requestId);
    }
}
