package org.xiangli.pool;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PoolRounds extends Repository<PoolRound, Long>, JpaSpecificationExecutor<PoolRound> {

    PoolRound save(PoolRound round);

    List<PoolRound> findByIdIn(Collection<Long> ids);

    List<PoolRound> findByRegionCodeLikeOrderByYearDescIdDesc(String pattern);

    Optional<PoolRound> findByRegionCodeAndYear(String countyCode, int year);

    /**
     * Commits an approved amount if it fits the round's budget, in one conditional UPDATE, so two
     * approvals racing for the last of the budget cannot both pass; returns 0 when it does not fit.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            UPDATE pool_round SET committed = committed + :amount, version = version + 1
             WHERE id = :id AND committed + :amount <= budget""", nativeQuery = true)
    int commit(@Param("id") long id, @Param("amount") BigDecimal amount);
}
