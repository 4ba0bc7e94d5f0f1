package org.xiangli.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xiangli.security.CurrentCaller;

/**
 * Appends the ANONYMISE entry of an erasure: who, when, the request id, which record and why, and
 * nothing of what was erased. Erasures write in SQL, past the Hibernate listener, whose UPDATE
 * entry would carry the erased values (masked, but still fragments of them).
 */
@Component
public class ErasureLog {

    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;

    ErasureLog(JdbcTemplate jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void append(String entityType, long entityId, String regionCode, ErasureReason reason) {
        AuditRecord record = AuditRecord.of(CurrentCaller.get(), clock.instant(), AuditAction.ANONYMISE, entityType, entityId,
                regionCode, "{\"reason\":\"" + reason.name() + "\"}");
        jdbc.update(AuditRecord.INSERT, record::bind);
    }
}
