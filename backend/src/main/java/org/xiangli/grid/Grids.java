package org.xiangli.grid;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Optional;

interface Grids extends Repository<Grid, Long>, JpaSpecificationExecutor<Grid> {

    Grid save(Grid grid);

    Grid saveAndFlush(Grid grid);

    Optional<Grid> findByCode(String code);
}
