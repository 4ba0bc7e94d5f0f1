package org.xiangli.matter;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

interface MatterSteps extends Repository<MatterStep, Long> {

    MatterStep save(MatterStep step);

    List<MatterStep> findByMatterIdInOrderByAtAscIdAsc(Collection<Long> matterIds);
}
