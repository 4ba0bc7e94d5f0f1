package org.xiangli.eldercare;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** Devices of household kits. */
interface Devices extends Repository<Device, Long>, JpaSpecificationExecutor<Device> {

    Device save(Device device);

    Device saveAndFlush(Device device);

    boolean existsBySerial(String serial);

    List<Device> findByIdIn(Collection<Long> ids);

    List<Device> findByElderIdInOrderBySerial(Collection<Long> elderIds);
}
