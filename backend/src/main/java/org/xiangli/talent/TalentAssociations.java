package org.xiangli.talent;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** Associations and chambers of commerce, read through scoped queries only. */
interface TalentAssociations extends Repository<TalentAssociation, Long>, JpaSpecificationExecutor<TalentAssociation> {

    TalentAssociation save(TalentAssociation association);

    List<TalentAssociation> findByIdIn(Collection<Long> ids);

    boolean existsByRegionCodeAndName(String regionCode, String name);
}
