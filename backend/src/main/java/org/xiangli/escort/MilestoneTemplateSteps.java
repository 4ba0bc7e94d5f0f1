package org.xiangli.escort;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

interface MilestoneTemplateSteps extends Repository<MilestoneTemplateStep, Long> {
    MilestoneTemplateStep save(MilestoneTemplateStep step);

    List<MilestoneTemplateStep> findByTemplateIdInOrderByPosition(Collection<Long> templateIds);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from MilestoneTemplateStep s where s.templateId = :templateId")
    void deleteByTemplate(long templateId);
}
