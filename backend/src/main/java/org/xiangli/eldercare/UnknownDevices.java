package org.xiangli.eldercare;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Serials in no kit that sent events, read only. */
interface UnknownDevices extends Repository<UnknownDevice, String>, JpaSpecificationExecutor<UnknownDevice> {
}
