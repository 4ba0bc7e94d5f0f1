package org.xiangli.escort;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiangli.escalation.EscalationSweep;
import org.xiangli.matter.MatterFiling;
import org.xiangli.project.ProjectDirectory;
import org.xiangli.security.PersonalKind;
import org.xiangli.time.CountyCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Files a matter (MILESTONE_OVERDUE) for every milestone whose deadline has passed in the county
 * undone, once: the escort's share of the escalation module's one sweep (under its lock), and each
 * milestone's matter recorded with a guarded update in the same transaction, so a second sweep (or a
 * second instance) files nothing.
 * The matter is the platform's (reported by {@code system}) in the project's unit and goes to the
 * commissioner (a department owner worked through the command centre, due in 7 days); without a
 * commissioner it waits for the township's command centre to dispatch it.
 */
@Component
class MilestoneSweep implements EscalationSweep {

    private static final Logger log = LoggerFactory.getLogger(MilestoneSweep.class);
    static final Duration TO_RECOVER = Duration.ofDays(7);

    private final Milestones milestones;
    private final ProjectEscorts escorts;
    private final ProjectDirectory projects;
    private final MatterFiling filing;
    private final TransactionTemplate transactions;

    MilestoneSweep(Milestones milestones, ProjectEscorts escorts, ProjectDirectory projects, MatterFiling filing,
                   TransactionTemplate transactions) {
        this.milestones = milestones;
        this.escorts = escorts;
        this.projects = projects;
        this.filing = filing;
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return "milestones";
    }

    /** Files the milestones overdue on the county's day of {@code now}; answers how many matters it filed. */
    @Override
    public int escalateDue(Instant now) {
        int count = 0;
        for (Milestone due : milestones.dueUnfiled(now.atZone(CountyCalendar.ZONE).toLocalDate())) {
            try {
                Boolean done = transactions.execute(status -> file(due.getId(), now));
                count += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Escort: overdue milestone {} not filed: {}", due.getId(), e.getMessage());
            }
        }
        return count;
    }

    private boolean file(long milestoneId, Instant now) {
        Milestone milestone = milestones.findOneById(milestoneId).orElse(null);
        if (milestone == null || milestone.getOverdueMatterId() != null || milestone.getDoneOn() != null
                || milestone.regionCode().length() < 9) {
            // the county's own projects have no village or township to hold the matter: shown overdue, not filed
            return false;
        }
        var project = projects.byId(milestone.getProjectId()).orElseThrow();
        var escort = escorts.findByProjectId(project.getId()).orElse(null);
        var commissioner = escort == null ? null : escort.commissioner();
        String owner = commissioner == null ? null : ("项目专员" + PersonalKind.NAME.mask(commissioner.name()));
        long matterId = filing.file(new MatterFiling.Filing(MatterFiling.Kind.MILESTONE_OVERDUE,
                project.getName() + "：" + milestone.getName() + "逾期", "节点「" + milestone.getName() + "」限 " + milestone.getDeadline()
                + " 完成，至今未完成。", milestone.regionCode(), project.getId(),
                owner == null ? null : MatterFiling.Owner.DEPARTMENT, owner,
                now.plus(TO_RECOVER).truncatedTo(ChronoUnit.SECONDS), "节点逾期，系统自动上报"));
        if (milestones.fileOverdue(milestoneId, matterId) == 0) {
            throw new IllegalStateException("milestone " + milestoneId + " was filed by another sweep");
        }
        return true;
    }
}
