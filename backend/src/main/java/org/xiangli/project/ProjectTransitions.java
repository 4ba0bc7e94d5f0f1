package org.xiangli.project;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

interface ProjectTransitions extends Repository<ProjectTransition, Long> {

    ProjectTransition save(ProjectTransition transition);

    List<ProjectTransition> findByProjectIdInOrderById(Collection<Long> projectIds);
}
