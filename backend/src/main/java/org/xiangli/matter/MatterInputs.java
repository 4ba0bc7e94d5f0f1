package org.xiangli.matter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.xiangli.live.LiveChange;

import java.time.Instant;
import java.util.List;

import static org.xiangli.matter.MatterEnums.MatterChangeAction;
import static org.xiangli.matter.MatterEnums.MatterKind;
import static org.xiangli.matter.MatterEnums.MatterOwnerKind;
import static org.xiangli.matter.MatterEnums.MatterStatus;

/** The GraphQL inputs, filter and payloads of the ledger. */
final class MatterInputs {

    private MatterInputs() {
    }

    record GeoPointInput(@DecimalMin("-90") @DecimalMax("90") double lat, @DecimalMin("-180") @DecimalMax("180") double lng) {
    }

    record MatterFilter(@Nullable String within, @Nullable String gridId, @Nullable List<MatterStatus> statuses,
                        @Nullable List<MatterKind> kinds, @Nullable String projectId, @Nullable String talentId,
                        @Nullable String owner, @Nullable String reportedBy, @Nullable Boolean overdue,
                        @Nullable Instant reportedFrom, @Nullable Instant reportedTo) {
        static final MatterFilter NONE = new MatterFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    record ReportMatterInput(
            @NotNull MatterKind kind,
            @NotBlank @Size(min = 2, max = 80) String title,
            @Nullable @Size(max = 2000) String description,
            @Nullable String regionCode,
            @Nullable String gridId,
            @Nullable String projectId,
            @Nullable String talentId,
            @Nullable @Valid GeoPointInput location,
            @Nullable @Size(max = 9) List<String> photoIds,
            @Nullable Boolean fixedOnSpot,
            @Nullable @Size(max = 1000) String resolution) {
    }

    record DispatchMatterInput(
            @NotBlank String id,
            long version,
            @NotNull MatterOwnerKind ownerKind,
            @NotBlank @Size(min = 2, max = 40) String owner,
            @NotNull Instant deadline,
            @Nullable @Size(max = 1000) String note) {
    }

    record MatterStepInput(@NotBlank String id, long version, @Nullable @Size(max = 1000) String note) {
    }

    record CompleteMatterInput(
            @NotBlank String id,
            long version,
            @NotBlank @Size(min = 2, max = 1000) String resolution,
            @Nullable @Size(max = 9) List<String> photoIds) {
    }

    record ReturnMatterInput(@NotBlank String id, long version, @NotBlank @Size(min = 2, max = 1000) String reason) {
    }

    record MatterPayload(Matter matter) {
    }

    /** A committed change, for the live board of every instance ({@link MatterChanges}). */
    record MatterChange(MatterChangeAction action, Matter matter) implements LiveChange {

        @Override
        public long entityId() {
            return matter.getId();
        }
    }

    /** Who owns a matter, as shown. */
    record MatterOwner(MatterOwnerKind kind, String reference, String name) {
    }
}
