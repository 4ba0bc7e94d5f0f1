package org.xiangli.eldercare;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Visit-mode silences. */
interface Silences extends Repository<Silence, Long>, JpaSpecificationExecutor<Silence> {

    Silence save(Silence silence);

    Silence saveAndFlush(Silence silence);

    List<Silence> findByElderIdInAndEndedAtIsNullAndExpiresAtAfterOrderByExpiresAtDesc(Collection<Long> elderIds, Instant at);
}
