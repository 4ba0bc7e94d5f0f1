package org.xiangli.project;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The projects, read through queries only: every read goes through the caller's scope, which
 * {@code findById} would bypass, so it is not offered.
 */
interface Projects extends Repository<Project, Long>, JpaSpecificationExecutor<Project> {

    Project save(Project project);

    List<Project> findByIdIn(Collection<Long> ids);

    Optional<Project> findByApplicationId(Long applicationId);

    Optional<Project> findFirstByName(String name);

    /**
     * Keeps the project's totals equal to the sums over its funding rows; run under their lock.
     * Flushes pending changes first and clears the persistence context after: reload what you return.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            UPDATE project SET budget_total = budget_total + :budget,
                               disbursed_total = disbursed_total + :disbursed,
                               paid_total = paid_total + :paid
             WHERE id = :id""", nativeQuery = true)
    int addToTotals(@Param("id") long id, @Param("budget") BigDecimal budget,
                    @Param("disbursed") BigDecimal disbursed, @Param("paid") BigDecimal paid);

    /**
     * Adds moved money to the totals unless the project is settled or cancelled; returns 0 then.
     * The row lock this UPDATE takes orders it with a concurrent settlement: whichever writes second
     * sees the first's result.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            UPDATE project SET disbursed_total = disbursed_total + :disbursed, paid_total = paid_total + :paid
             WHERE id = :id AND status NOT IN ('SETTLED', 'CANCELLED')""", nativeQuery = true)
    int addMovedMoney(@Param("id") long id, @Param("disbursed") BigDecimal disbursed, @Param("paid") BigDecimal paid);
}
