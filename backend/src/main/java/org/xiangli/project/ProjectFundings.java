package org.xiangli.project;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The funding rows. Money moves with conditional UPDATEs that check the invariant in the same
 * statement, so two racing movements cannot both pass a check made before either wrote: the second
 * re-evaluates the condition on the row the first committed. They bump the version, so an entity
 * update that read the row before (a budget revision) fails its optimistic check instead of
 * writing old totals back.
 */
interface ProjectFundings extends Repository<ProjectFunding, Long> {

    ProjectFunding save(ProjectFunding funding);

    List<ProjectFunding> findByProjectIdInOrderBySource(Collection<Long> projectIds);

    List<ProjectFunding> findByProjectIdOrderBySource(Long projectId);

    /** Adds a disbursement if it keeps disbursed ≤ budget; returns 0 when it would not. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            UPDATE project_funding SET disbursed = disbursed + :amount, version = version + 1
             WHERE project_id = :project AND source = :source AND disbursed + :amount <= budget""", nativeQuery = true)
    int disburse(@Param("project") long projectId, @Param("source") String source, @Param("amount") BigDecimal amount);

    /** Adds a payment if it keeps paid ≤ disbursed; returns 0 when it would not. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            UPDATE project_funding SET paid = paid + :amount, version = version + 1
             WHERE project_id = :project AND source = :source AND paid + :amount <= disbursed""", nativeQuery = true)
    int pay(@Param("project") long projectId, @Param("source") String source, @Param("amount") BigDecimal amount);
}
