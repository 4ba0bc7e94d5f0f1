package org.xiangli.talent;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Visit schedules, read through the scope filter. */
interface TalentVisitSchedules extends Repository<TalentVisitSchedule, Long>, JpaSpecificationExecutor<TalentVisitSchedule> {

    TalentVisitSchedule save(TalentVisitSchedule schedule);

    List<TalentVisitSchedule> findByIdIn(Collection<Long> ids);

    Optional<TalentVisitSchedule> findByTalentIdAndVisitorRole(Long talentId, VisitorRole role);

    List<TalentVisitSchedule> findByTalentIdIn(Collection<Long> talentIds);
}
