package org.xiangli.talent;

/** The GraphQL {@code ContributionKind} enum: the kinds of ledger entries. */
public enum ContributionKind {
    INVESTMENT, DONATION, REFERRAL, SERVICE, JOBS
}
