package org.xiangli.pool;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface ApplicationEvents extends Repository<ApplicationEvent, Long> {

    ApplicationEvent save(ApplicationEvent event);

    /** The events of every application in the given lineages, oldest first. */
    @Query("""
            select e, coalesce(a.lineageId, a.id) from ApplicationEvent e, PoolApplication a
             where a.id = e.applicationId and (a.id in :lineages or a.lineageId in :lineages)
             order by e.id""")
    List<Object[]> findByLineages(@Param("lineages") Collection<Long> lineages);
}
