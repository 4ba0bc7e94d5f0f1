package org.xiangli.audit;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface AuditEntries extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {
}
