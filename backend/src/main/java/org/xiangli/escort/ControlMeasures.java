package org.xiangli.escort;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ControlMeasures extends Repository<ControlMeasure, Long> {
    ControlMeasure saveAndFlush(ControlMeasure measure);

    Optional<ControlMeasure> findOneById(long id);

    List<ControlMeasure> findByRiskPointIdInOrderById(Collection<Long> riskPointIds);
}
