package org.xiangli.talent;

import org.xiangli.graphql.ApiException;

import java.math.BigDecimal;

import static org.xiangli.talent.TalentInputs.RecordTalentContributionInput;
import static org.xiangli.talent.TalentInputs.UpdateTalentContributionInput;

/** What a ledger entry of each kind must and must not carry. */
final class Ledger {

    private Ledger() {
    }

    static void check(RecordTalentContributionInput input) {
        ContributionKind kind = input.kind();
        switch (kind) {
            case INVESTMENT -> {
                if (input.pledgedAmount() == null && input.realisedAmount() == null) {
                    throw ApiException.badRequest("input.pledgedAmount", "an investment needs a pledged amount, a realised amount, or both");
                }
                if (input.projectId() != null && TalentRegistry.trim(input.projectName()) == null) {
                    throw ApiException.badRequest("input.projectName", "give the project's name with its ID");
                }
            }
            case DONATION -> {
                if (input.donatedAmount() == null || input.donatedAmount().signum() <= 0) {
                    throw ApiException.badRequest("input.donatedAmount", "a donation needs an amount above 0");
                }
                if (TalentRegistry.trim(input.purpose()) == null) {
                    throw ApiException.badRequest("input.purpose", "say what the donation is for");
                }
            }
            case REFERRAL -> {
                if (TalentRegistry.trim(input.referred()) == null) {
                    throw ApiException.badRequest("input.referred", "say whom or what the talent brought");
                }
            }
            case SERVICE -> {
                if (input.serviceKind() == null) {
                    throw ApiException.badRequest("input.serviceKind", "say what kind of service it was");
                }
                if (input.peopleReached() == null) {
                    throw ApiException.badRequest("input.peopleReached", "say how many people the service reached");
                }
            }
            case JOBS -> {
                if (input.jobsCreated() == null) {
                    throw ApiException.badRequest("input.jobsCreated", "say how many jobs were created");
                }
            }
        }
        refuse(kind, "input.pledgedAmount", input.pledgedAmount(), ContributionKind.INVESTMENT);
        refuse(kind, "input.realisedAmount", input.realisedAmount(), ContributionKind.INVESTMENT);
        refuse(kind, "input.projectId", input.projectId(), ContributionKind.INVESTMENT);
        refuse(kind, "input.donatedAmount", input.donatedAmount(), ContributionKind.DONATION);
        refuse(kind, "input.purpose", input.purpose(), ContributionKind.DONATION);
        refuse(kind, "input.referred", input.referred(), ContributionKind.REFERRAL);
        refuse(kind, "input.serviceKind", input.serviceKind(), ContributionKind.SERVICE);
        refuse(kind, "input.peopleReached", input.peopleReached(), ContributionKind.SERVICE);
        if (input.jobsCreated() != null && kind != ContributionKind.INVESTMENT && kind != ContributionKind.JOBS) {
            throw ApiException.badRequest("input.jobsCreated", "jobs are recorded with an investment or as a JOBS entry, not with a " + kind);
        }
    }

    static void check(ContributionKind kind, UpdateTalentContributionInput input) {
        refuse(kind, "input.pledgedAmount", input.pledgedAmount(), ContributionKind.INVESTMENT);
        refuse(kind, "input.realisedAmount", input.realisedAmount(), ContributionKind.INVESTMENT);
        refuse(kind, "input.donatedAmount", input.donatedAmount(), ContributionKind.DONATION);
        refuse(kind, "input.peopleReached", input.peopleReached(), ContributionKind.SERVICE);
        if (input.jobsCreated() != null && kind != ContributionKind.INVESTMENT && kind != ContributionKind.JOBS) {
            throw ApiException.badRequest("input.jobsCreated", "a " + kind + " entry records no jobs");
        }
        if (kind == ContributionKind.DONATION && input.donatedAmount() != null && input.donatedAmount().compareTo(BigDecimal.ZERO) <= 0) {
            throw ApiException.badRequest("input.donatedAmount", "a donation needs an amount above 0");
        }
    }

    private static void refuse(ContributionKind kind, String field, Object value, ContributionKind owner) {
        if (value != null && kind != owner) {
            throw ApiException.badRequest(field, "only a " + owner + " entry carries " + field.substring("input.".length()) + "; this is a " + kind);
        }
    }
}
