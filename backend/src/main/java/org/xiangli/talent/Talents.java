package org.xiangli.talent;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The registry, read through scoped queries only ({@code findById} would bypass the scope filter). */
interface Talents extends Repository<Talent, Long>, JpaSpecificationExecutor<Talent> {

    Talent save(Talent talent);

    List<Talent> findByIdIn(Collection<Long> ids);

    List<Talent> findByRegionCodeInOrderByNameAscIdAsc(Collection<String> regionCodes);

    Optional<Talent> findByRegionCodeAndNameAndBirthYear(String regionCode, String name, int birthYear);

    Optional<Talent> findFirstByRegionCodeAndNameAndBirthYearIsNull(String regionCode, String name);

    long count();
}
