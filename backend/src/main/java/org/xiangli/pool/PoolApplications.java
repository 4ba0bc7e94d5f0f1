package org.xiangli.pool;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

interface PoolApplications extends Repository<PoolApplication, Long>, JpaSpecificationExecutor<PoolApplication> {

    PoolApplication save(PoolApplication application);

    PoolApplication saveAndFlush(PoolApplication application);

    List<PoolApplication> findByIdIn(Collection<Long> ids);

    List<PoolApplication> findByRoundIdAndStatusInOrderById(Long roundId, Collection<ApplicationStatus> statuses);

    boolean existsByRoundIdAndCatalogueItemIdAndRegionCodeAndStatusNot(Long roundId, Long itemId, String villageCode,
                                                                       ApplicationStatus status);
}
