package org.xiangli.pool;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.xiangli.project.ProjectCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The GraphQL inputs of the pool mutations. */
final class PoolInputs {

    private PoolInputs() {
    }

    record CatalogueItemInput(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,32}", message = "must be 1–32 letters, digits or dashes") String code,
            @NotNull ProjectCategory category,
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 2000) String description,
            @Nullable @Size(max = 2000) String eligibility,
            @NotNull @Positive @Digits(integer = 16, fraction = 2) BigDecimal subsidyCap) {
    }

    record OpenPoolRoundInput(
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String countyCode,
            @Min(2000) @Max(2100) int year,
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn,
            @NotNull @Positive @Digits(integer = 16, fraction = 2) BigDecimal budget,
            @Size(max = 200) List<@Valid CatalogueItemInput> catalogue) {
    }

    record AddCatalogueItemInput(
            @NotBlank String roundId,
            @NotNull @Valid CatalogueItemInput item) {
    }

    record ApplyToPoolInput(
            @NotBlank String catalogueItemId,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code") String villageCode,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String reason,
            @NotNull @Positive @Digits(integer = 16, fraction = 2) BigDecimal amountAsked,
            @Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal coFunding) {
    }

    record ReviseApplicationInput(
            @NotBlank String id,
            long version,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String reason,
            @NotNull @Positive @Digits(integer = 16, fraction = 2) BigDecimal amountAsked,
            @Nullable @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal coFunding) {
    }

    enum TownshipDecision { RECOMMEND, RETURN, REJECT }

    record ReviewApplicationInput(
            @NotBlank String id,
            long version,
            @NotNull TownshipDecision decision,
            @Nullable @Size(max = 2000) String reason) {
    }

    enum CountyDecision { APPROVE, DEFER, REJECT }

    record DecideApplicationInput(
            @NotBlank String id,
            long version,
            @NotNull CountyDecision decision,
            @Nullable @Positive @Digits(integer = 16, fraction = 2) BigDecimal amountApproved,
            @Nullable @Size(max = 2000) String reason) {
    }

    record CreateProjectFromApplicationInput(
            @NotBlank String applicationId,
            @NotBlank @Size(max = 200) String owner,
            @Nullable LocalDate plannedStart,
            @Nullable LocalDate plannedEnd,
            @Nullable Boolean published) {
    }

    record RollOverApplicationsInput(
            @NotBlank String fromRoundId,
            @NotBlank String toRoundId) {
    }
}
