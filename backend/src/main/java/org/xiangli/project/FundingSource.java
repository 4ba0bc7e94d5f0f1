package org.xiangli.project;

/** Where a project's money comes from; budgets, disbursements and payments are kept per source. */
public enum FundingSource {
    /** 县财政 */
    COUNTY_FINANCE,
    /** 专项债 */
    SPECIAL_BOND,
    /** 村集体 */
    VILLAGE_COLLECTIVE,
    /** 社会资本 */
    SOCIAL_CAPITAL,
    /** 乡贤 */
    RETURNED_TALENTS
}
