package org.xiangli.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.region.Region;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Regions by division code, many at once, for the nested {@code village} fields of projects and
 * applications. Reads through the caller's scope like every entity query, so units outside it are
 * simply absent.
 */
@Component
@Transactional(readOnly = true)
public class RegionLookup {

    @PersistenceContext
    private EntityManager entityManager;

    public Map<String, Region> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select r from Region r where r.code in :codes", Region.class)
                .setParameter("codes", codes)
                .getResultStream()
                .collect(Collectors.toMap(Region::getCode, Function.identity()));
    }
}
