package org.xiangli.region;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CollectiveIncomes extends Repository<CollectiveIncome, Long> {

    CollectiveIncome save(CollectiveIncome income);

    Optional<CollectiveIncome> findByRegionIdAndYear(Long regionId, int year);

    List<CollectiveIncome> findByRegionIdInOrderByYearDesc(Collection<Long> regionIds);
}
