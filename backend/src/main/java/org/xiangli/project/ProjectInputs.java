package org.xiangli.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The GraphQL inputs of the project mutations. */
final class ProjectInputs {

    private ProjectInputs() {
    }

    record ProjectVillageInput(
            @NotBlank @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code") String villageCode,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal share) {
    }

    record FundingInput(
            @NotNull FundingSource source,
            @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal budget) {
    }

    record CreateProjectInput(
            @NotBlank @Size(max = 200) String name,
            @NotNull ProjectCategory category,
            @NotBlank @Size(max = 200) String owner,
            @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "must be a 6-, 9- or 12-digit division code") String ownerRegionCode,
            @Nullable @Size(max = 4000) String description,
            @Nullable @Min(2000) @Max(2100) Integer year,
            @Nullable LocalDate plannedStart,
            @Nullable LocalDate plannedEnd,
            @Nullable @Size(max = 50) List<@Valid ProjectVillageInput> villages,
            @NotEmpty @Size(max = 5) List<@Valid FundingInput> funding,
            @Nullable Boolean published) {
    }

    record UpdateProjectInput(
            @NotBlank String id,
            long version,
            @Nullable @Size(min = 1, max = 200) String name,
            @Nullable @Size(min = 1, max = 200) String owner,
            @Nullable @Size(max = 4000) String description,
            @Nullable LocalDate plannedStart,
            @Nullable LocalDate plannedEnd,
            @Nullable Boolean published) {
    }

    record ChangeProjectStatusInput(
            @NotBlank String id,
            long version,
            @NotNull ProjectStatus to,
            @Nullable @Size(max = 2000) String reason,
            @Nullable LocalDate date) {
    }

    record ReviseProjectBudgetInput(
            @NotBlank String id,
            long version,
            @NotEmpty @Size(max = 5) List<@Valid FundingInput> funding) {
    }

    record RecordFundMovementInput(
            @NotBlank String projectId,
            @NotNull MovementKind kind,
            @NotNull FundingSource source,
            @NotNull @Positive @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @NotNull LocalDate movedOn,
            @NotNull PayeeKind payeeKind,
            @NotBlank @Size(max = 200) String payee,
            @NotBlank @Size(max = 64) String voucherNo,
            @Nullable @Size(max = 1000) String note) {
    }

    record RecordBondStageInput(
            @NotBlank String projectId,
            @NotNull BondStageKind stage,
            @NotNull LocalDate happenedOn,
            @Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @Nullable @Size(max = 1000) String note) {
    }

    record SubmitProgressReportInput(
            @NotBlank String projectId,
            @NotNull LocalDate periodStart,
            @Min(0) @Max(100) int percentDone,
            @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal moneySpent,
            @NotBlank @Size(max = 4000) String narrative,
            @Nullable Long version) {
    }
}
