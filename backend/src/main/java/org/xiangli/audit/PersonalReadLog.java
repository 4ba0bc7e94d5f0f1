package org.xiangli.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.UnmaskedReads;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Appends READ_PERSONAL entries for unmasked reads outside GraphQL (file exports), one per record,
 * in one batch, naming the channel. GraphQL reads are logged by {@link PersonalReadAuditing}.
 */
@Component
public class PersonalReadLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PersonalReadLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param channel how the data left, e.g. {@code talent export}
     * @param fields  the personal fields shown unmasked
     */
    public void append(String channel, Collection<UnmaskedReads.Read> records, Collection<String> fields) {
        if (records.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String detail = "{\"channel\":\"" + channel + "\",\"fields\":\"" + List.copyOf(fields) + "\"}";
        List<AuditRecord> rows = records.stream().map(read -> AuditRecord.of(CurrentCaller.get(), now, AuditAction.READ_PERSONAL,
                read.ownerType(), read.ownerId(), read.regionCode(), detail)).toList();
        jdbc.batchUpdate(AuditRecord.INSERT, rows, 500, (statement, row) -> row.bind(statement));
    }
}
