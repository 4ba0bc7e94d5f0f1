package org.xiangli.talent;

/** The GraphQL {@code ContributorMeasure} enum, with the ledger sum each ranks by. */
enum ContributorMeasure {
    REALISED_INVESTMENT("realised"),
    PLEDGED_INVESTMENT("pledged"),
    DONATIONS("donated"),
    JOBS_CREATED("jobs"),
    PEOPLE_REACHED("reached");

    private final String column;

    ContributorMeasure(String column) {
        this.column = column;
    }

    /** Column of the per-talent ledger sums; a constant, never client text. */
    String column() {
        return column;
    }
}
