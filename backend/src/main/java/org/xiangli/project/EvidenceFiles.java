package org.xiangli.project;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

interface EvidenceFiles extends Repository<EvidenceFile, Long>, JpaSpecificationExecutor<EvidenceFile> {

    EvidenceFile save(EvidenceFile file);

    List<EvidenceFile> findByReportIdInOrderById(Collection<Long> reportIds);

    List<EvidenceFile> findByProjectIdOrderById(Long projectId);
}
