package org.xiangli.grid;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface GridWorkers extends Repository<GridWorker, Long>, JpaSpecificationExecutor<GridWorker> {

    GridWorker save(GridWorker worker);

    GridWorker saveAndFlush(GridWorker worker);

    List<GridWorker> findByGridIdInAndActiveTrueOrderByEmploymentAscIdAsc(Collection<Long> gridIds);

    Optional<GridWorker> findByUsername(String username);

    List<GridWorker> findByUsernameIn(Collection<String> usernames);
}
