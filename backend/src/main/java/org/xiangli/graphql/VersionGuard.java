package org.xiangli.graphql;

import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way a mutation takes a versioned record for a change. It refuses a stale version
 * ({@code CONFLICT} naming {@code input.version}), locks the row until the transaction ends (a
 * concurrent change of the same version waits, then is refused as stale), and makes sure the
 * version moves exactly once by commit, also when the change only touched rows that hang off the
 * record (funding lines, contacts, history) or changed nothing, so the same version can never be
 * used twice.
 * <p>
 * The row lock and the forced increment are plain SQL on the record's own table: Hibernate's
 * pessimistic locks speak MySQL's {@code FOR UPDATE OF}, which MariaDB does not.
 */
@Component
public class VersionGuard {

    private final EntityManager entityManager;

    VersionGuard(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The record, locked, at the version the client read. {@code what} names it in the message
     * (e.g. the project's name). Must run inside the mutation's transaction.
     */
    public <T extends Versioned> T claim(T record, long sent, String what) {
        if (record.getVersion() != sent) {
            throw ApiException.staleVersion(what, sent, record.getVersion());
        }
        // the version read above may have moved since: read it again under the row lock
        long current = lock(record);
        if (current != sent) {
            throw ApiException.staleVersion(what, sent, current);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                entityManager.flush();
                // moves the version unless the flush did already (then the row no longer holds the version sent)
                Table table = table(record);
                Object id = table.idOf(record);
                int moved = entityManager.createNativeQuery("UPDATE %s SET %s = %s + 1 WHERE %s = ?1 AND %s = ?2"
                                .formatted(table.name(), table.version(), table.version(), table.id(), table.version()))
                        .setParameter(1, id).setParameter(2, sent)
                        .executeUpdate();
                if (moved > 0) {
                    // the instance the payload shows (a bulk update may have replaced the one claimed) learns its new version
                    Object shown = entityManager.find(Hibernate.getClass(record), id);
                    if (shown != null) {
                        entityManager.refresh(shown);
                    }
                    if (shown != record && entityManager.contains(record)) {
                        entityManager.refresh(record);
                    }
                }
            }
        });
        return record;
    }

    /**
     * Locks the record's row until the transaction ends, so changes that depend on its current
     * state (one visit mode at a time, …) run one after the other; answers its current version.
     */
    public long lock(Versioned record) {
        Table table = table(record);
        Object version = entityManager.createNativeQuery("SELECT %s FROM %s WHERE %s = ?1 FOR UPDATE"
                        .formatted(table.version(), table.name(), table.id()))
                .setParameter(1, table.idOf(record)).getSingleResult();
        return ((Number) version).longValue();
    }

    private record Table(String name, String id, String version, AbstractEntityPersister persister) {
        Object idOf(Object record) {
            return persister.getIdentifier(record, (org.hibernate.engine.spi.SharedSessionContractImplementor) null);
        }
    }

    private Table table(Versioned record) {
        AbstractEntityPersister persister = (AbstractEntityPersister) entityManager.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class).getMappingMetamodel().getEntityDescriptor(Hibernate.getClass(record));
        return new Table(persister.getTableName(), persister.getIdentifierColumnNames()[0], persister.getVersionColumnName(), persister);
    }
}
