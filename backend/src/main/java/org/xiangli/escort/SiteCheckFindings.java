package org.xiangli.escort;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

interface SiteCheckFindings extends Repository<SiteCheckFinding, Long> {
    SiteCheckFinding save(SiteCheckFinding finding);

    List<SiteCheckFinding> findByCheckIdInOrderByPosition(Collection<Long> checkIds);
}
