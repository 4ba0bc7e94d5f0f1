package org.xiangli.talent;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** The ledger, read through scoped queries only. */
interface TalentContributions extends Repository<TalentContribution, Long> {

    TalentContribution save(TalentContribution contribution);

    List<TalentContribution> findByIdIn(Collection<Long> ids);

    List<TalentContribution> findByTalentIdInOrderByOccurredOnDescIdDesc(Collection<Long> talentIds);

    List<TalentContribution> findByTalentId(Long talentId);

    List<TalentContribution> findByBeneficiaryCodeInOrderByOccurredOnDescIdDesc(Collection<String> codes);

    List<TalentContribution> findByProjectIdOrderByOccurredOnDescIdDesc(Long projectId);
}
