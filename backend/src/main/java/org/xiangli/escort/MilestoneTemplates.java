package org.xiangli.escort;

import org.springframework.data.repository.Repository;
import org.xiangli.project.ProjectCategory;

import java.util.List;
import java.util.Optional;

interface MilestoneTemplates extends Repository<MilestoneTemplate, Long> {
    MilestoneTemplate saveAndFlush(MilestoneTemplate template);

    Optional<MilestoneTemplate> findByRegionCodeAndCategory(String county, ProjectCategory category);

    List<MilestoneTemplate> findByRegionCodeOrderByCategory(String county);
}
