package org.xiangli.talent;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.security.CurrentCaller;
import org.xiangli.time.CountyCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.xiangli.talent.TalentInputs.AdvanceTalentInvestmentInput;

/**
 * The investment pipeline on the ledger's INVESTMENT entries: SIGNED (签约, the entry's date) →
 * LANDED (落地) → PRODUCING (投产), one stage at a time, each dated no earlier than the one before
 * and not in the county's future. The pledged amount stays as signed; the realised amount may only
 * grow; jobs are recorded when it produces. Changes go through JPA (audited) under the version guard.
 */
@Service
@Transactional
class TalentPipeline {

    /** Totals of one stage (the GraphQL {@code InvestmentStageTotals}). */
    record StageTotals(InvestmentStage stage, long investments, BigDecimal pledged, BigDecimal realised, long jobsCreated) {
    }

    private final TalentDirectory directory;
    private final TalentContributions contributions;
    private final VersionGuard versions;
    private final JdbcClient jdbc;
    private final Clock clock;

    TalentPipeline(TalentDirectory directory, TalentContributions contributions, VersionGuard versions, JdbcClient jdbc, Clock clock) {
        this.directory = directory;
        this.contributions = contributions;
        this.versions = versions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    TalentContribution advance(AdvanceTalentInvestmentInput input) {
        long id = GlobalId.decode(input.id(), TalentContribution.TYPE, "input.id");
        TalentContribution entry = directory.contributionsByIds(List.of(id)).get(id);
        // a beneficiary's officials read an entry of a talent from elsewhere; only the talent's keepers move it on
        if (entry == null || !CurrentCaller.get().covers(entry.regionCode())) {
            throw ApiException.notFound("input.id", "no ledger entry with this ID in your area");
        }
        if (entry.getKind() != ContributionKind.INVESTMENT || entry.getStage() == null) {
            throw ApiException.badRequest("input.id", "only an investment moves through the pipeline; this entry is a " + entry.getKind());
        }
        versions.claim(entry, input.version(), "The investment");
        InvestmentStage current = entry.getStage();
        InvestmentStage next = current.next();
        if (input.stage() != next) {
            throw ApiException.conflict("input.stage", next == null
                    ? "the investment is %s already, the last stage: it cannot move to %s".formatted(current, input.stage())
                    : "the investment is %s: it can move to %s only, not to %s".formatted(current, next, input.stage()));
        }
        LocalDate previous = entry.stageReachedOn();
        if (previous != null && input.on().isBefore(previous)) {
            throw ApiException.badRequest("input.on", "give a date on or after %s, when the investment became %s".formatted(previous, current));
        }
        LocalDate today = CountyCalendar.today(clock);
        if (input.on().isAfter(today)) {
            throw ApiException.badRequest("input.on", "give a date no later than today (%s): a stage is recorded once reached".formatted(today));
        }
        BigDecimal realised = entry.getRealisedAmount();
        if (input.realisedAmount() != null && realised != null && input.realisedAmount().compareTo(realised) < 0) {
            throw ApiException.badRequest("input.realisedAmount",
                    "the realised amount only grows: give %s or more (correct a mistake with updateTalentContribution)".formatted(realised.toPlainString()));
        }
        if (input.jobsCreated() != null && next != InvestmentStage.PRODUCING) {
            throw ApiException.badRequest("input.jobsCreated", "jobs are recorded when the investment produces, not when it is " + next);
        }
        entry.advance(next, input.on());
        if (input.realisedAmount() != null) {
            entry.investment(entry.getPledgedAmount(), input.realisedAmount());
        }
        if (input.jobsCreated() != null) {
            entry.jobs(input.jobsCreated());
        }
        return contributions.save(entry);
    }

    /**
     * Count, pledged, realised and jobs of the investments at each stage, of talents whose hometown
     * lies in the caller's scope (and below {@code within}): one GROUP BY, every stage present.
     */
    List<StageTotals> byStage(@Nullable String within) {
        Map<InvestmentStage, StageTotals> rows = new EnumMap<>(InvestmentStage.class);
        for (InvestmentStage stage : InvestmentStage.values()) {
            rows.put(stage, new StageTotals(stage, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0));
        }
        String scope = TalentStatistics.scope(within);
        if (scope != null) {
            jdbc.sql("""
                            SELECT c.stage, COUNT(*) AS investments, COALESCE(SUM(c.pledged_amount), 0) AS pledged,
                                   COALESCE(SUM(c.realised_amount), 0) AS realised, COALESCE(SUM(c.jobs_created), 0) AS jobs
                            FROM talent_contribution c
                            WHERE c.kind = 'INVESTMENT' AND c.stage IS NOT NULL AND c.region_code LIKE :scope
                            GROUP BY c.stage""")
                    .param("scope", scope)
                    .query((rs, i) -> new StageTotals(InvestmentStage.valueOf(rs.getString("stage")), rs.getLong("investments"),
                            rs.getBigDecimal("pledged").setScale(2), rs.getBigDecimal("realised").setScale(2), rs.getLong("jobs")))
                    .list()
                    .forEach(row -> rows.put(row.stage(), row));
        }
        return List.copyOf(rows.values());
    }
}
