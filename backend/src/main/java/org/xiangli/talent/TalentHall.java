package org.xiangli.talent;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.xiangli.graphql.ApiException;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The 乡贤馆 of a township, for the public: talents whose hometown lies in the township, who
 * consented to PUBLICITY and whose record is not anonymised, each with the public profile (name,
 * category, hometown, public introduction) and the sums of what they brought home. Nothing else of
 * the record is read: the statement names its columns, so no contact, birth year, note or ledger
 * text can reach a client. Read in SQL past the scope filter, which hides the registry from the
 * public; the consent check is the filter here, so withdrawing PUBLICITY takes effect at once.
 */
@Service
class TalentHall {

    private static final Pattern TOWNSHIP_CODE = Pattern.compile("\\d{9}");

    /** The hall (the GraphQL {@code TalentHall}). */
    record Hall(String townshipCode, String townshipName, @Nullable String countyName, List<HallTalent> talents) {

        Sums totals() {
            return new Sums(talents.size(), sum(talents.stream().map(HallTalent::realisedInvestment).toList()),
                    sum(talents.stream().map(HallTalent::donations).toList()),
                    talents.stream().mapToLong(HallTalent::jobsCreated).sum(), talents.stream().mapToLong(HallTalent::services).sum(),
                    talents.stream().mapToLong(HallTalent::peopleReached).sum());
        }

        private static BigDecimal sum(List<BigDecimal> amounts) {
            return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /** A talent as the hall shows them (the GraphQL {@code HallTalent}). */
    record HallTalent(String name, TalentCategory category, String hometownCode, String hometownName,
                      @Nullable String introduction, BigDecimal realisedInvestment, BigDecimal donations, long jobsCreated,
                      long services, long peopleReached) {
    }

    /** The hall's sums (the GraphQL {@code HallTotals}). */
    record Sums(long talents, BigDecimal realisedInvestment, BigDecimal donations, long jobsCreated, long services,
                long peopleReached) {
    }

    private final JdbcClient jdbc;

    TalentHall(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The hall of a current township; null when the code names none. */
    @Nullable Hall of(String townshipCode) {
        if (!TOWNSHIP_CODE.matcher(townshipCode).matches()) {
            throw ApiException.badRequest("townshipCode", "give a township's 9-digit division code, got " + townshipCode);
        }
        record Township(String code, String name, @Nullable String county) {
        }
        Township township = jdbc.sql("""
                        SELECT t.code, t.name, c.name AS county FROM region t LEFT JOIN region c ON c.id = t.parent_id
                        WHERE t.code = :code AND t.level = 'TOWNSHIP' AND t.retired_at IS NULL""")
                .param("code", townshipCode)
                .query((rs, i) -> new Township(rs.getString("code"), rs.getString("name"), rs.getString("county")))
                .optional().orElse(null);
        if (township == null) {
            return null;
        }
        List<HallTalent> talents = jdbc.sql("""
                        SELECT t.name, t.category, t.region_code, h.name AS hometown, t.public_introduction,
                               COALESCE(SUM(c.realised_amount), 0) AS realised, COALESCE(SUM(c.donated_amount), 0) AS donated,
                               COALESCE(SUM(c.jobs_created), 0) AS jobs,
                               COALESCE(SUM(CASE WHEN c.kind = 'SERVICE' THEN 1 ELSE 0 END), 0) AS services,
                               COALESCE(SUM(c.people_reached), 0) AS reached
                        FROM talent t JOIN region h ON h.id = t.region_id
                             LEFT JOIN talent_contribution c ON c.talent_id = t.id
                        WHERE t.region_code LIKE :township AND t.anonymised_at IS NULL
                          AND t.consent_scope LIKE '%PUBLICITY%'
                        GROUP BY t.id, t.name, t.category, t.region_code, h.name, t.public_introduction
                        ORDER BY realised DESC, donated DESC, t.name, t.id""")
                .param("township", township.code() + "%")
                .query((rs, i) -> new HallTalent(rs.getString("name"), TalentCategory.valueOf(rs.getString("category")),
                        rs.getString("region_code"), rs.getString("hometown"), rs.getString("public_introduction"),
                        rs.getBigDecimal("realised").setScale(2), rs.getBigDecimal("donated").setScale(2), rs.getLong("jobs"),
                        rs.getLong("services"), rs.getLong("reached")))
                .list();
        return new Hall(township.code(), township.name(), township.county(), talents);
    }
}
