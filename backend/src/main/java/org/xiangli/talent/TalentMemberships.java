package org.xiangli.talent;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Memberships in associations, read through scoped queries only. */
interface TalentMemberships extends Repository<TalentMembership, Long> {

    TalentMembership save(TalentMembership membership);

    void delete(TalentMembership membership);

    Optional<TalentMembership> findByAssociationIdAndTalentId(Long associationId, Long talentId);

    List<TalentMembership> findByAssociationIdIn(Collection<Long> associationIds);

    List<TalentMembership> findByTalentIdIn(Collection<Long> talentIds);
}
