package org.xiangli.audit;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xiangli.security.CurrentCaller;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The audit entries of records moved to another region in SQL (villages merged or split, an elder
 * moving house), past the Hibernate listener: one UPDATE entry per moved record, with the record's
 * code before and after in the same form the listener writes ({"regionCode":{"before","after"}}) and the reason,
 * filed under the new code. One INSERT … SELECT per kind, whatever the number of records, written
 * before the records themselves move (the SELECT still sees their old codes).
 */
@Component
public class MoveLog {

    private static final String INSERT = """
            INSERT INTO audit_log (occurred_at, actor, actor_roles, action, entity_type, entity_id, region_code, detail, request_id)
            SELECT :audit_at, :audit_actor, :audit_roles, :audit_action, :audit_type, moved.id, :audit_to,
                   CONCAT('{"regionCode":{"before":"', moved.region_code, '","after":"', :audit_to, '"},"reason":', :audit_reason, '}'), :audit_request
            FROM (%s) moved""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    MoveLog(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends one entry per row of {@code moving}, a SELECT of the records about to move that
     * names their {@code id} and current {@code region_code} (alias another column so).
     *
     * @param parameters the named parameters of {@code moving} (names starting with audit_ are taken)
     * @return the number of entries written
     */
    public int moving(String entityType, String moving, Map<String, ?> parameters, String to, String reason) {
        AuditRecord record = AuditRecord.of(CurrentCaller.get(), clock.instant(), AuditAction.UPDATE, entityType, null, to, null);
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("audit_at", Timestamp.from(record.at()));
        all.put("audit_actor", record.actor());
        all.put("audit_roles", record.actorRoles());
        all.put("audit_action", record.action().name());
        all.put("audit_type", entityType);
        all.put("audit_to", to);
        all.put("audit_request", record.requestId());
        all.put("audit_reason", JSON.writeValueAsString(reason));
        return jdbc.update(INSERT.formatted(moving), all);
    }
}
