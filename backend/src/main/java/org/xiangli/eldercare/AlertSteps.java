package org.xiangli.eldercare;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** The history of alerts. */
interface AlertSteps extends Repository<AlertStep, Long> {

    AlertStep save(AlertStep step);

    List<AlertStep> findByAlertIdInOrderByActedAtAscIdAsc(Collection<Long> alertIds);
}
