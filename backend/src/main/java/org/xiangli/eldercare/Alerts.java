package org.xiangli.eldercare;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** Alerts, read through the scope filter. */
interface Alerts extends Repository<Alert, Long>, JpaSpecificationExecutor<Alert> {

    Alert saveAndFlush(Alert alert);

    List<Alert> findByIdIn(Collection<Long> ids);

    List<Alert> findByElderIdInAndStatusNotOrderByUrgencyDescRaisedAtAsc(Collection<Long> elderIds, AlertStatus status);

    List<Alert> findByDeviceIdAndKindInAndStatusNotOrderById(Long deviceId, Collection<AlertKind> kinds, AlertStatus status);
}
