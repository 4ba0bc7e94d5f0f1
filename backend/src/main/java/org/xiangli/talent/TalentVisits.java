package org.xiangli.talent;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** The visit log, read through the scope filter. */
interface TalentVisits extends Repository<TalentVisit, Long> {

    TalentVisit save(TalentVisit visit);

    List<TalentVisit> findByIdIn(Collection<Long> ids);

    List<TalentVisit> findByTalentIdInOrderByVisitedOnDescIdDesc(Collection<Long> talentIds);
}
