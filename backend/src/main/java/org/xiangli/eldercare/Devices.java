package org.xiangli.eldercare;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** Devices of household kits, and those taken out of them (decommissioned). */
interface Devices extends Repository<Device, Long>, JpaSpecificationExecutor<Device> {

    Device save(Device device);

    Device saveAndFlush(Device device);

    List<Device> findByIdIn(Collection<Long> ids);

    /** The kits: devices not decommissioned. */
    List<Device> findByElderIdInAndDecommissionedAtIsNullOrderBySerial(Collection<Long> elderIds);

    List<Device> findByElderIdInAndDecommissionedAtIsNotNullOrderByDecommissionedAtDescIdDesc(Collection<Long> elderIds);
}
