package org.xiangli.talent;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.ApiException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The registry's totals, computed in the database by GROUP BY. Native SQL is not filtered by
 * Hibernate, so every statement carries the caller's scope ({@link TalentAccess#scope()}). The totals
 * per township are a {@link Figures} figure keyed by that scope, the statement's only parameter.
 */
@Service
class TalentStatistics {

    /** One row of {@code talentTotals}: a township and a category, as of the instant it was computed. */
    public record TownshipTotals(String townshipCode, TalentCategory category, long people, BigDecimal pledgedInvestment,
                                 BigDecimal realisedInvestment, BigDecimal donations, long jobsCreated, Instant asOf) {
    }

    /** A talent and the value they are ranked by. */
    record Ranked(long talentId, BigDecimal value) {
    }

    /** Ledger sums per talent, joined to the talents in scope. */
    private static final String LEDGER_PER_TALENT = """
            SELECT c.talent_id, SUM(c.pledged_amount) AS pledged, SUM(c.realised_amount) AS realised,
                   SUM(c.donated_amount) AS donated, SUM(c.jobs_created) AS jobs, SUM(c.people_reached) AS reached
            FROM talent_contribution c JOIN talent s ON s.id = c.talent_id
            WHERE s.region_code LIKE :scope
            GROUP BY c.talent_id""";

    private final JdbcClient jdbc;
    private final Figures figures;

    TalentStatistics(JdbcClient jdbc, Figures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    List<TownshipTotals> perTownshipAndCategory(@Nullable String within) {
        String scope = scope(within);
        if (scope == null) {
            return List.of();
        }
        return figures.ofStatement(Figures.TALENTS, List.of("perTownshipAndCategory", scope), asOf -> jdbc.sql("""
                        SELECT SUBSTRING(t.region_code, 1, 9) AS township, t.category, COUNT(*) AS people,
                               COALESCE(SUM(l.pledged), 0) AS pledged, COALESCE(SUM(l.realised), 0) AS realised,
                               COALESCE(SUM(l.donated), 0) AS donated, COALESCE(SUM(l.jobs), 0) AS jobs
                        FROM talent t LEFT JOIN (%s) l ON l.talent_id = t.id
                        WHERE t.region_code LIKE :scope
                        GROUP BY SUBSTRING(t.region_code, 1, 9), t.category
                        ORDER BY township, t.category""".formatted(LEDGER_PER_TALENT))
                .param("scope", scope)
                .query((rs, i) -> new TownshipTotals(rs.getString("township"), TalentCategory.valueOf(rs.getString("category")),
                        rs.getLong("people"), rs.getBigDecimal("pledged").setScale(2), rs.getBigDecimal("realised").setScale(2),
                        rs.getBigDecimal("donated").setScale(2), rs.getLong("jobs"), asOf))
                .list());
    }

    /** The honours list: only talents who consented to being named in public (PUBLICITY). */
    List<Ranked> top(@Nullable String within, ContributorMeasure measure, int first) {
        if (first < 1 || first > 100) {
            throw ApiException.badRequest("first", "give 1 to 100, got " + first);
        }
        String scope = scope(within);
        if (scope == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT l.talent_id, COALESCE(l.%1$s, 0) AS value
                        FROM (%2$s) l JOIN talent t ON t.id = l.talent_id
                        WHERE COALESCE(l.%1$s, 0) > 0 AND t.consent_scope LIKE '%%PUBLICITY%%'
                        ORDER BY value DESC, t.name, t.id
                        LIMIT :first""".formatted(measure.column(), LEDGER_PER_TALENT))
                .param("scope", scope)
                .param("first", first)
                .query((rs, i) -> new Ranked(rs.getLong("talent_id"), rs.getBigDecimal("value")))
                .list();
    }

    /** The LIKE pattern of the caller's scope narrowed to {@code within}; null when nothing is in scope. */
    static @Nullable String scope(@Nullable String within) {
        String prefix = TalentAccess.scope().prefix();
        if (prefix == null) {
            return null;
        }
        if (within == null) {
            return prefix + "%";
        }
        String code = TalentAccess.checkedCode(within, "within");
        if (code.startsWith(prefix)) {
            return code + "%";
        }
        // within lies above the scope (a county for a township admin): the scope is narrower
        return prefix.startsWith(code) ? prefix + "%" : null;
    }
}
