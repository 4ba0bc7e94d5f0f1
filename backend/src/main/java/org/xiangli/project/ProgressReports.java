package org.xiangli.project;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ProgressReports extends Repository<ProgressReport, Long>, JpaSpecificationExecutor<ProgressReport> {

    ProgressReport save(ProgressReport report);

    List<ProgressReport> findByProjectIdInOrderByPeriodStartDesc(Collection<Long> projectIds);

    Optional<ProgressReport> findByProjectIdAndPeriodStart(Long projectId, LocalDate periodStart);
}
