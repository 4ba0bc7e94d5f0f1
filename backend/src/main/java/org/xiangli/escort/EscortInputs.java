package org.xiangli.escort;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.xiangli.matter.MatterFiling;
import org.xiangli.project.Project;
import org.xiangli.project.ProjectCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.xiangli.escort.EscortEnums.ControlMeasureStatus;
import static org.xiangli.escort.EscortEnums.RiskPointLevel;

/** The GraphQL inputs and payloads of escort and supervision. */
final class EscortInputs {

    private EscortInputs() {
    }

    record MilestoneTemplateStepInput(@NotBlank @Size(max = 40) String name, @Min(0) @Max(3650) int offsetDays) {
    }

    record SetMilestoneTemplateInput(@Nullable String county, @NotNull ProjectCategory category,
                                     @NotNull @Size(min = 1, max = 12) List<@Valid MilestoneTemplateStepInput> steps,
                                     @Nullable Integer version) {
    }

    record EscortProjectInput(@NotBlank String projectId, @NotBlank @Size(min = 2, max = 100) String commissionerUsername,
                              @NotBlank @Size(min = 2, max = 40) String commissionerName, @Nullable Integer version) {
    }

    record UpdateMilestoneInput(@NotBlank String id, long version, @Nullable @Size(min = 1, max = 40) String name,
                                @Nullable LocalDate deadline, @Nullable @Size(min = 2, max = 40) String responsible) {
    }

    record CompleteMilestoneInput(@NotBlank String id, long version, @Nullable LocalDate doneOn) {
    }

    /** The owner kind is the ledger's MatterOwnerKind, by name: VILLAGE or DEPARTMENT. */
    record SiteCheckFindingInput(@NotBlank @Size(min = 2, max = 80) String title, @Nullable @Size(max = 2000) String description,
                                 @NotNull String ownerKind, @NotBlank @Size(min = 2, max = 40) String owner, @NotNull Instant deadline) {
    }

    record RecordSiteCheckInput(@NotBlank String projectId, @NotNull LocalDate checkedOn,
                                @NotBlank @Size(min = 2, max = 200) String checkers, @Nullable @Size(max = 2000) String summary,
                                @NotNull @Size(max = 20) List<@Valid SiteCheckFindingInput> findings) {
    }

    record AddRiskPointInput(@NotBlank String projectId, @NotBlank @Size(min = 2, max = 500) String description, @NotNull RiskPointLevel level) {
    }

    record AddControlMeasureInput(@NotBlank String riskPointId, @NotBlank @Size(min = 2, max = 500) String what,
                                  @NotBlank @Size(min = 2, max = 40) String who, @Nullable ControlMeasureStatus status) {
    }

    record UpdateControlMeasureInput(@NotBlank String id, long version, @NotNull ControlMeasureStatus status) {
    }

    record MilestoneTemplatePayload(MilestoneTemplate template) {
    }

    record ProjectEscortPayload(Project project) {
    }

    record MilestonePayload(Milestone milestone) {
    }

    record SiteCheckPayload(SiteCheck siteCheck) {
    }

    record RiskPointPayload(RiskPoint riskPoint) {
    }

    record ControlMeasurePayload(ControlMeasure measure) {
    }

    /** Kept for the SDL's MatterOwnerKind of a finding: the kinds a finding may go to. */
    static MatterFiling.Owner findingOwner(String kind) {
        return switch (kind) {
            case "VILLAGE" -> MatterFiling.Owner.VILLAGE;
            case "DEPARTMENT" -> MatterFiling.Owner.DEPARTMENT;
            default -> throw org.xiangli.graphql.ApiException.badRequest("ownerKind",
                    "a finding goes to the responsible unit: VILLAGE or DEPARTMENT, not " + kind);
        };
    }
}
