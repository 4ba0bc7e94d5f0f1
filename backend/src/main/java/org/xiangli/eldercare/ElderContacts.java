package org.xiangli.eldercare;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** Call-tree contacts. */
interface ElderContacts extends Repository<ElderContact, Long> {

    ElderContact save(ElderContact contact);

    void delete(ElderContact contact);

    List<ElderContact> findByElderIdInOrderByElderIdAscPositionAsc(Collection<Long> elderIds);

    boolean existsByElderIdAndPosition(Long elderId, int position);
}
