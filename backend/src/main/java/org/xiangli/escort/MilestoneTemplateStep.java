package org.xiangli.escort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a {@link MilestoneTemplate}; replaced with the template's other steps, never changed. */
@Entity
@Table(name = "milestone_template_step")
class MilestoneTemplateStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long templateId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private int offsetDays;

    protected MilestoneTemplateStep() {
    }

    MilestoneTemplateStep(long templateId, int position, String name, int offsetDays) {
        this.templateId = templateId;
        this.position = position;
        this.name = name;
        this.offsetDays = offsetDays;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public int getOffsetDays() {
        return offsetDays;
    }
}
