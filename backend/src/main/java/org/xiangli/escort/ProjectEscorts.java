package org.xiangli.escort;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ProjectEscorts extends Repository<ProjectEscort, Long> {
    ProjectEscort saveAndFlush(ProjectEscort escort);

    Optional<ProjectEscort> findByProjectId(long projectId);

    List<ProjectEscort> findByProjectIdIn(Collection<Long> projectIds);
}
