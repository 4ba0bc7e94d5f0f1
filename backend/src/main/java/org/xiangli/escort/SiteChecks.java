package org.xiangli.escort;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

interface SiteChecks extends Repository<SiteCheck, Long> {
    SiteCheck saveAndFlush(SiteCheck check);

    List<SiteCheck> findByProjectIdInOrderByCheckedOnDescIdDesc(Collection<Long> projectIds);
}
