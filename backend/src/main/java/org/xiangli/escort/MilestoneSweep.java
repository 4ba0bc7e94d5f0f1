package org.xiangli.escort;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiangli.matter.MatterFiling;
import org.xiangli.project.ProjectDirectory;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.PersonalKind;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * Files a matter (MILESTONE_OVERDUE) for every milestone whose deadline has passed in the county
 * undone, once: under the escalation module's sweep lock, and each milestone's matter recorded with a
 * guarded update in the same transaction, so a second sweep (or a second instance) files nothing.
 * The matter is the platform's (reported by {@code system}) in the project's unit and goes to the
 * commissioner (a department owner worked through the command centre, due in 7 days); without a
 * commissioner it waits for the township's command centre to dispatch it.
 */
@Component
class MilestoneSweep {

    private static final Logger log = LoggerFactory.getLogger(MilestoneSweep.class);
    static final Duration TO_RECOVER = Duration.ofDays(7);

    private final Milestones milestones;
    private final ProjectEscorts escorts;
    private final ProjectDirectory projects;
    private final MatterFiling filing;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MilestoneSweep(Milestones milestones, ProjectEscorts escorts, ProjectDirectory projects, MatterFiling filing,
                   TransactionTemplate transactions, Clock clock) {
        this.milestones = milestones;
        this.escorts = escorts;
        this.projects = projects;
        this.filing = filing;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One sweep at the current time, if no other instance is running one; answers how many matters it filed. */
    @SchedulerLock(name = "escort-milestones", lockAtMostFor = "PT5M")
    public @Nullable Integer run() {
        int filed = CurrentCaller.asSystem(() -> {
            int count = 0;
            for (Milestone due : milestones.dueUnfiled(CountyCalendar.today(clock))) {
                try {
                    Boolean done = transactions.execute(status -> file(due.getId()));
                    count += Boolean.TRUE.equals(done) ? 1 : 0;
                } catch (RuntimeException e) {
                    log.warn("Escort: overdue milestone {} not filed: {}", due.getId(), e.getMessage());
                }
            }
            return count;
        });
        if (filed > 0) {
            log.info("Escort: {} overdue milestones filed as matters", filed);
        }
        return filed;
    }

    private boolean file(long milestoneId) {
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
                clock.instant().plus(TO_RECOVER).truncatedTo(ChronoUnit.SECONDS), "节点逾期，系统自动上报"));
        if (milestones.fileOverdue(milestoneId, matterId) == 0) {
            throw new IllegalStateException("milestone " + milestoneId + " was filed by another sweep");
        }
        return true;
    }

    /** Calls {@link #run()} through its proxy, where the lock is taken. */
    @Component
    static class Ticker {
        private final MilestoneSweep sweep;
        private final boolean enabled;

        Ticker(MilestoneSweep sweep, @Value("${xiangli.escort.sweep.enabled:true}") boolean enabled) {
            this.sweep = sweep;
            this.enabled = enabled;
        }

        @Scheduled(fixedDelayString = "${xiangli.escort.sweep.interval:10m}", initialDelayString = "${xiangli.escort.sweep.interval:10m}")
        void tick() {
            if (enabled) {
                sweep.run();
            }
        }
    }
}
