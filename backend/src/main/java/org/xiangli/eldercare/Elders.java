package org.xiangli.eldercare;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** Elders, read through the scope filter only ({@code findById} would bypass it). */
interface Elders extends Repository<Elder, Long>, JpaSpecificationExecutor<Elder> {

    Elder save(Elder elder);

    Elder saveAndFlush(Elder elder);

    List<Elder> findByIdIn(Collection<Long> ids);
}
