package org.xiangli.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * The final accounts (竣工决算) of a project, assembled from what was recorded, with the gaps that
 * keep them from being complete.
 */
record FinalAccounts(Project project, List<ProjectFunding> funding, BigDecimal budgetTotal,
                            BigDecimal disbursedTotal, BigDecimal paidTotal, BigDecimal reportedSpending,
                            List<FundMovement> fundMovements, List<ProgressReport> progressReports,
                            List<EvidenceFile> evidence, List<BondStage> bondStages, List<Gap> gaps) {

    /** Something missing or not adding up, said so a person can act on it. */
    public record Gap(Kind kind, String message) {
    }

    public enum Kind {
        MISSING_DATES,
        MISSING_REPORT,
        REPORT_WITHOUT_EVIDENCE,
        PROGRESS_INCOMPLETE,
        UNPAID_DISBURSEMENT,
        UNDISBURSED_BUDGET,
        SPENDING_MISMATCH,
        MISSING_BOND_STAGE
    }
}
