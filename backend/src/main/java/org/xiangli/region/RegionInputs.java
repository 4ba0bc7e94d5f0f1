package org.xiangli.region;

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
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The GraphQL inputs of the region mutations. */
final class RegionInputs {

    private RegionInputs() {
    }

    record GeoPointInput(
            @DecimalMin("-90") @DecimalMax("90") double lat,
            @DecimalMin("-180") @DecimalMax("180") double lng) {

        Region.GeoPoint toPoint() {
            return new Region.GeoPoint(lat, lng);
        }
    }

    record CreateRegionInput(
            @NotBlank String parentId,
            @NotBlank String code,
            @NotNull RegionKind kind,
            @NotBlank @Size(max = 100) String name,
            @Nullable @Size(max = 2000) String description,
            @Nullable @PositiveOrZero Integer population,
            @Nullable @PositiveOrZero Integer households,
            @Nullable @Valid GeoPointInput location) {
    }

    record UpdateRegionInput(
            @NotBlank String id,
            long version,
            @Nullable @Size(min = 1, max = 100) String name,
            @Nullable RegionKind kind,
            @Nullable @Size(max = 2000) String description,
            @Nullable @PositiveOrZero Integer population,
            @Nullable @PositiveOrZero Integer households,
            @Nullable @Valid GeoPointInput location,
            @Nullable @Size(min = 1, max = 100) String contactName,
            @Nullable @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "must be a mobile number (11 digits starting with 1) or a landline with area code")
            String contactPhone) {
    }

    record RetireRegionInput(
            @NotBlank String id,
            long version,
            @NotBlank @Size(max = 500) String reason) {
    }

    record RecordCollectiveIncomeInput(
            @NotBlank String villageId,
            @Min(1949) @Max(2100) int year,
            @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @Nullable Long version) {
    }

    record NewVillageInput(
            @NotBlank String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull RegionKind kind) {
    }

    record MergeTargetInput(
            @Nullable String existingCode,
            @Nullable Long existingVersion,
            @Nullable @Valid NewVillageInput newVillage) {
    }

    record MergeRegionsInput(
            @NotEmpty @Size(max = 50) List<@NotBlank String> sourceCodes,
            @NotNull List<@NotNull Long> sourceVersions,
            @NotNull @Valid MergeTargetInput target,
            @Nullable LocalDate effectiveOn,
            @NotBlank @Size(max = 500) String reason,
            @Nullable Boolean dryRun) {
    }

    record SplitPartInput(
            @NotBlank String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull RegionKind kind,
            @Nullable List<String> projectIds,
            @Nullable List<String> talentIds,
            @Nullable List<String> elderIds,
            @Nullable List<String> gridIds,
            @Nullable Boolean rest) {

        NewVillageInput village() {
            return new NewVillageInput(code, name, kind);
        }
    }

    record SplitRegionInput(
            @NotBlank String sourceCode,
            long version,
            @NotEmpty @Size(max = 20) List<@Valid SplitPartInput> parts,
            @Nullable LocalDate effectiveOn,
            @NotBlank @Size(max = 500) String reason) {
    }
}
