package org.xiangli.matter;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

interface Matters extends Repository<Matter, Long>, JpaSpecificationExecutor<Matter> {

    Matter saveAndFlush(Matter matter);

    List<Matter> findByIdIn(Collection<Long> ids);

    /** Open (not closed) matters per grid, in the caller's scope: [gridId, count]. */
    @Query("select m.gridId, count(m) from Matter m where m.gridId in :gridIds"
            + " and m.status <> org.xiangli.matter.MatterEnums.MatterStatus.CLOSED group by m.gridId")
    List<Object[]> countOpenByGrid(Collection<Long> gridIds);
}
