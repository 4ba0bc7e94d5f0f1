package org.xiangli.audit;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Personal;
import org.xiangli.security.RegionScoped;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Appends an audit entry for every insert, update and delete of a region-scoped entity, in the
 * same transaction as the change: who, when, what, and the changed attributes before and after.
 * Personal attributes appear masked; nothing a client could not see reaches the log in plain.
 */
@Component
class AuditTrail implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VERSION = "version";

    private final Clock clock;

    AuditTrail(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.clock = clock;
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        append(event.getSession(), event.getEntity(), event.getId(), AuditAction.CREATE,
                changes(event.getPersister(), event.getEntity(), null, event.getState()));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        append(event.getSession(), event.getEntity(), event.getId(), AuditAction.UPDATE,
                changes(event.getPersister(), event.getEntity(), event.getOldState(), event.getState()));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        append(event.getSession(), event.getEntity(), event.getId(), AuditAction.DELETE,
                changes(event.getPersister(), event.getEntity(), event.getDeletedState(), null));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void append(SharedSessionContractImplementor session, Object entity, Object id, AuditAction action, Map<String, Object> changes) {
        if (!(entity instanceof RegionScoped scoped)) {
            return;
        }
        AuditRecord record = AuditRecord.of(CurrentCaller.get(), clock.instant(), action, entity.getClass().getSimpleName(),
                id instanceof Number number ? number.longValue() : null, scoped.regionCode(), JSON.writeValueAsString(changes));
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(AuditRecord.INSERT)) {
                record.bind(statement);
                statement.executeUpdate();
            }
        });
    }

    /** {attribute: {before, after}} for the attributes that changed, personal ones masked. */
    private static Map<String, Object> changes(EntityPersister persister, Object entity,
                                               Object @Nullable [] before, Object @Nullable [] after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            Object old = before == null ? null : before[i];
            Object now = after == null ? null : after[i];
            if (VERSION.equals(names[i]) || Objects.equals(old, now)) {
                continue;
            }
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("before", shown(entity.getClass(), names[i], old));
            change.put("after", shown(entity.getClass(), names[i], now));
            changes.put(names[i], change);
        }
        return changes;
    }

    private static @Nullable Object shown(Class<?> type, String attribute, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        Personal personal = personal(type, attribute);
        if (personal != null) {
            return personal.value().mask(value.toString());
        }
        return value instanceof Boolean || value instanceof Integer || value instanceof Long ? value : value.toString();
    }

    /** Looked up once per entity attribute: this runs on every flush. */
    private static @Nullable Personal personal(Class<?> type, String attribute) {
        return PERSONAL.get(type).get(attribute);
    }

    private static final ClassValue<Map<String, Personal>> PERSONAL = new ClassValue<>() {
        @Override
        protected Map<String, Personal> computeValue(Class<?> type) {
            Map<String, Personal> personal = new HashMap<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Personal annotation = field.getAnnotation(Personal.class);
                    if (annotation != null) {
                        personal.putIfAbsent(field.getName(), annotation);
                    }
                }
            }
            return Map.copyOf(personal);
        }
    };
}
