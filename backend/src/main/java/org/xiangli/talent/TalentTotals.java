package org.xiangli.talent;

import java.math.BigDecimal;

/**
 * Sums over ledger entries (the GraphQL {@code TalentContributionTotals}). Pledged and realised
 * investment are separate sums and never added to each other.
 */
record TalentTotals(BigDecimal pledgedInvestment, BigDecimal realisedInvestment, BigDecimal donations,
                           long jobsCreated, long peopleReached, long referrals, long entries) {

    public static final TalentTotals NONE = new TalentTotals(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), 0, 0, 0, 0);
}
