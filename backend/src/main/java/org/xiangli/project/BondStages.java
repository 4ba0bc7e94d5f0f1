package org.xiangli.project;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

interface BondStages extends Repository<BondStage, Long> {

    BondStage save(BondStage stage);

    List<BondStage> findByProjectIdInOrderById(Collection<Long> projectIds);
}
