package org.xiangli.region;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The regions, read through queries only: every read goes through the caller's scope, which
 * {@code findById} would bypass, so it is not offered.
 */
interface Regions extends Repository<Region, Long>, JpaSpecificationExecutor<Region> {

    Region save(Region region);

    /** Saves and writes at once, so the version a payload returns is the one stored. */
    Region saveAndFlush(Region region);

    Optional<Region> findByCode(String code);

    List<Region> findByIdIn(Collection<Long> ids);

    List<Region> findByCodeIn(Collection<String> codes);

    List<Region> findByParentIdInAndRetiredAtIsNullOrderByCode(Collection<Long> parentIds);

    List<Region> findBySuccessorIdInOrderByCode(Collection<Long> successorIds);

    boolean existsByCode(String code);

    long countByParentIdAndRetiredAtIsNull(Long parentId);
}
