package org.xiangli.escort;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface RiskPoints extends Repository<RiskPoint, Long> {
    RiskPoint saveAndFlush(RiskPoint risk);

    Optional<RiskPoint> findOneById(long id);

    List<RiskPoint> findByProjectIdInOrderById(Collection<Long> projectIds);
}
