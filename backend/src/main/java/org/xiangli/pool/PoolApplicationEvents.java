package org.xiangli.pool;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface PoolApplicationEvents extends Repository<PoolApplicationEvent, Long> {

    PoolApplicationEvent save(PoolApplicationEvent event);

    /** The events of every application in the given lineages, oldest first. */
    @Query("""
            select e, coalesce(a.lineageId, a.id) from PoolApplicationEvent e, PoolApplication a
             where a.id = e.applicationId and (a.id in :lineages or a.lineageId in :lineages)
             order by e.id""")
    List<Object[]> findByLineages(@Param("lineages") Collection<Long> lineages);
}
