package org.xiangli.project;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

interface ProjectVillages extends Repository<ProjectVillage, Long> {

    ProjectVillage save(ProjectVillage village);

    List<ProjectVillage> findByProjectIdInOrderByShareDescVillageCode(Collection<Long> projectIds);
}
