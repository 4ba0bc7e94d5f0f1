package org.xiangli.eldercare;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xiangli.security.Caller;
import org.xiangli.security.PersonalDataHolder;
import org.xiangli.security.PersonalKind;
import org.xiangli.security.RevealGrant;
import org.xiangli.security.Role;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Just-in-time access: an elder-care operator sees an elder's contacts (name, phone, address, and
 * the call tree) unmasked while an alert of that elder assigned to them is not closed; a grid
 * worker while an alert of an elder of their grid sits, not closed, at the GRID rung (theirs to
 * answer). The caller's alerts are loaded once and kept for a few seconds, and dropped whenever an
 * alert changes, so a page of elders costs one query and closing or escalating an alert ends the
 * access at once. Every unmasked value is audited by the {@code @personal} directive.
 */
@Component
class AssignedAlertGrant implements RevealGrant {

    private static final Set<PersonalKind> CONTACTS = Set.of(PersonalKind.NAME, PersonalKind.PHONE, PersonalKind.ADDRESS);
    private static final long TTL_NANOS = Duration.ofSeconds(5).toNanos();

    private record Assigned(Set<Long> elderIds, long loadedAt) {
    }

    private final JdbcClient jdbc;
    private final ConcurrentMap<String, Assigned> cache = new ConcurrentHashMap<>();

    AssignedAlertGrant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean grants(Caller caller, PersonalKind kind, PersonalDataHolder owner) {
        return (caller.has(Role.ELDERCARE_OPERATOR) || caller.isGridWorker()) && CONTACTS.contains(kind) && Elder.TYPE.equals(owner.ownerType())
                && assignedTo(caller).contains(owner.ownerId());
    }

    private Set<Long> assignedTo(Caller caller) {
        long now = System.nanoTime();
        Assigned assigned = cache.get(caller.name());
        if (assigned == null || now - assigned.loadedAt() > TTL_NANOS) {
            assigned = new Assigned(Set.copyOf(new HashSet<>(load(caller))), now);
            cache.put(caller.name(), assigned);
        }
        return assigned.elderIds();
    }

    private List<Long> load(Caller caller) {
        if (caller.isGridWorker()) {
            return caller.grid() == null ? List.of() : jdbc.sql("""
                            SELECT DISTINCT a.elder_id FROM alert a JOIN elder e ON e.id = a.elder_id
                             WHERE e.grid_id = :grid AND a.escalation_level = 'GRID' AND a.status <> 'CLOSED'
                               AND a.region_code LIKE :scope""")
                    .param("grid", caller.grid()).param("scope", caller.sqlScope().pattern()).query(Long.class).list();
        }
        return jdbc.sql("SELECT DISTINCT elder_id FROM alert WHERE assignee = :name AND status <> 'CLOSED' AND region_code LIKE :scope")
                .param("name", caller.name()).param("scope", caller.sqlScope().pattern()).query(Long.class).list();
    }

    @TransactionalEventListener
    void alertChanged(AlertChange change) {
        cache.clear();
    }
}
