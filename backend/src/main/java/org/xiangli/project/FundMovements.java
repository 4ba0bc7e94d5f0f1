package org.xiangli.project;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

interface FundMovements extends Repository<FundMovement, Long> {

    FundMovement save(FundMovement movement);

    List<FundMovement> findByProjectIdInOrderByMovedOnAscIdAsc(Collection<Long> projectIds);

    boolean existsByProjectIdAndKindAndVoucherNo(Long projectId, MovementKind kind, String voucherNo);
}
