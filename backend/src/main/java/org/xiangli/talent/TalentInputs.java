package org.xiangli.talent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.xiangli.audit.ErasureReason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The GraphQL inputs of the registry's mutations. */
final class TalentInputs {

    /** Mainland mobile, landline with area code, or an international number. */
    static final String PHONE = "1\\d{10}|0\\d{2,3}-?\\d{7,8}|\\+\\d{6,15}";
    static final String PHONE_MESSAGE = "must be a mobile number (11 digits starting with 1), a landline with area code, or + and an international number";

    private TalentInputs() {
    }

    record TalentConsentInput(@NotNull @PastOrPresent LocalDate givenOn, @NotEmpty List<ConsentScope> scope) {
    }

    record RegisterTalentInput(
            @NotBlank @Size(max = 50) String name,
            @NotNull Gender gender,
            @Nullable @Min(1900) @Max(2100) Integer birthYear,
            @NotBlank String hometownCode,
            @NotNull Whereabouts whereabouts,
            @NotNull TalentCategory category,
            @Nullable @Size(max = 100) String industry,
            @Nullable @Size(max = 200) String organisation,
            @Nullable @Size(max = 100) String title,
            @Nullable @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Nullable @Email @Size(max = 200) String email,
            @Nullable @Size(max = 300) String address,
            @NotNull @Valid TalentConsentInput consent,
            @Nullable @Size(max = 20) List<@NotBlank @Size(max = 20) String> tags,
            @Nullable @Size(max = 4000) String notes,
            @Nullable @Size(max = 1000) String publicIntroduction) {
    }

    record UpdateTalentInput(
            @NotBlank String id,
            long version,
            @Nullable @Size(min = 1, max = 50) String name,
            @Nullable Gender gender,
            @Nullable @Min(1900) @Max(2100) Integer birthYear,
            @Nullable String hometownCode,
            @Nullable Whereabouts whereabouts,
            @Nullable TalentCategory category,
            @Nullable @Size(max = 100) String industry,
            @Nullable @Size(max = 200) String organisation,
            @Nullable @Size(max = 100) String title,
            @Nullable @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Nullable @Email @Size(max = 200) String email,
            @Nullable @Size(max = 300) String address,
            @Nullable @Valid TalentConsentInput consent,
            @Nullable @Size(max = 20) List<@NotBlank @Size(max = 20) String> tags,
            @Nullable @Size(max = 4000) String notes,
            @Nullable @Size(max = 1000) String publicIntroduction) {
    }

    record RecordTalentContributionInput(
            @NotBlank String talentId,
            @NotNull ContributionKind kind,
            @NotNull @PastOrPresent LocalDate occurredOn,
            @Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal pledgedAmount,
            @Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal realisedAmount,
            @Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal donatedAmount,
            @Nullable @PositiveOrZero Integer jobsCreated,
            @Nullable @PositiveOrZero Integer peopleReached,
            @Nullable ServiceKind serviceKind,
            @Nullable @Size(max = 500) String purpose,
            @Nullable @Size(max = 200) String referred,
            @Nullable String beneficiaryCode,
            @Nullable String projectId,
            @Nullable @Size(max = 200) String projectName,
            @Nullable @Size(max = 2000) String description) {
    }

    record UpdateTalentContributionInput(
            @NotBlank String id,
            long version,
            @Nullable @PastOrPresent LocalDate occurredOn,
            @Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal pledgedAmount,
            @Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal realisedAmount,
            @Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal donatedAmount,
            @Nullable @PositiveOrZero Integer jobsCreated,
            @Nullable @PositiveOrZero Integer peopleReached,
            @Nullable @Size(max = 2000) String description) {
    }

    record CreateTalentAssociationInput(
            @NotBlank @Size(max = 200) String name,
            @NotNull AssociationKind kind,
            @NotBlank String regionCode,
            @Nullable @Size(max = 2000) String description,
            @Nullable @PastOrPresent LocalDate foundedOn) {
    }

    record AddTalentAssociationMemberInput(
            @NotBlank String associationId,
            @NotBlank String talentId,
            @Nullable @Size(max = 100) String role,
            @Nullable @PastOrPresent LocalDate joinedOn) {
    }

    record RemoveTalentAssociationMemberInput(@NotBlank String associationId, @NotBlank String talentId) {
    }

    record WithdrawTalentConsentInput(@NotBlank String id, long version, @NotEmpty List<ConsentScope> scopes) {
    }

    record AdvanceTalentInvestmentInput(
            @NotBlank String id,
            long version,
            @NotNull InvestmentStage stage,
            @NotNull LocalDate on,
            @Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal realisedAmount,
            @Nullable @PositiveOrZero Integer jobsCreated) {
    }

    record ScheduleTalentVisitsInput(
            @NotBlank String talentId,
            @NotNull VisitorRole visitorRole,
            @NotBlank @Size(max = 50) String visitorName,
            @NotNull @Min(1) @Max(366) Integer everyDays) {
    }

    record UpdateTalentVisitScheduleInput(
            @NotBlank String id,
            long version,
            @Nullable @Size(min = 1, max = 50) String visitorName,
            @Nullable @Min(1) @Max(366) Integer everyDays) {
    }

    record LogTalentVisitInput(
            @NotBlank String talentId,
            @NotNull LocalDate visitedOn,
            @NotNull VisitorRole visitorRole,
            @NotBlank @Size(max = 50) String visitorName,
            @Nullable @Size(max = 2000) String askedFor,
            boolean needsAction) {
    }

    record AnonymiseTalentInput(@NotBlank String id, long version, @NotNull ErasureReason reason) {
    }
}
