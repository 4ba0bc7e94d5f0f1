package org.xiangli.talent;

/**
 * Published when a visit records something the talent asked for that needs doing: the ledger of
 * matters turns it into a matter (wired where both modules meet; the registry knows nothing of it).
 *
 * @param talentId   the talent's database ID
 * @param visitId    the visit's database ID
 * @param regionCode the talent's hometown code (where the matter belongs)
 * @param text       what the talent asked for
 * @param reportedBy the account that logged the visit
 */
public record TalentRequestRaised(long talentId, long visitId, String regionCode, String text, String reportedBy) {
}
