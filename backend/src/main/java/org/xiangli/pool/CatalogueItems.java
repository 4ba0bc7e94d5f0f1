package org.xiangli.pool;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CatalogueItems extends Repository<CatalogueItem, Long> {

    CatalogueItem save(CatalogueItem item);

    List<CatalogueItem> findByIdIn(Collection<Long> ids);

    List<CatalogueItem> findByRoundIdInOrderByCode(Collection<Long> roundIds);

    Optional<CatalogueItem> findByRoundIdAndCode(Long roundId, String code);

    boolean existsByRoundIdAndCode(Long roundId, String code);
}
