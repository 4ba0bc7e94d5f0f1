package org.xiangli.escort;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface Milestones extends Repository<Milestone, Long> {
    Milestone saveAndFlush(Milestone milestone);

    Optional<Milestone> findOneById(long id);

    List<Milestone> findByProjectIdInOrderByPositionAscIdAsc(Collection<Long> projectIds);

    /** Undone milestones due before the day that have no overdue matter yet: the sweep's work. */
    @Query("select m from Milestone m where m.doneOn is null and m.deadline < :today and m.overdueMatterId is null order by m.id")
    List<Milestone> dueUnfiled(LocalDate today);

    /** Records the overdue matter once: answers 0 when another sweep did already. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Milestone m set m.overdueMatterId = :matterId where m.id = :id and m.overdueMatterId is null")
    int fileOverdue(long id, long matterId);
}
