package org.xiangli.grid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The GraphQL inputs and payloads of the grid mutations and the list filter. */
final class GridInputs {

    private GridInputs() {
    }

    static final String PHONE = "1\\d{10}";
    static final String PHONE_MESSAGE = "must be a mobile number: 11 digits starting with 1";

    record GridFilter(@Nullable String within, @Nullable GridSize size) {
        static final GridFilter NONE = new GridFilter(null, null);
    }

    record CreateGridInput(
            @NotBlank String regionCode,
            @NotBlank @Size(min = 1, max = 60) String name,
            @NotNull GridSize size,
            @Nullable String parentId,
            @Nullable @Size(max = 500) String boundary,
            @Nullable @PositiveOrZero Integer households) {
    }

    record UpdateGridInput(
            @NotBlank String id,
            long version,
            @Nullable @Size(min = 1, max = 60) String name,
            @Nullable @Size(max = 500) String boundary,
            @Nullable @PositiveOrZero Integer households) {
    }

    record RegisterGridWorkerInput(
            @NotBlank String gridId,
            @NotBlank @Size(min = 1, max = 40) String name,
            @Nullable @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a Keycloak user name (letters, digits, . _ @ -)")
            String username,
            @NotNull GridEmployment employment,
            @Nullable String talentId) {
    }

    record UpdateGridWorkerInput(
            @NotBlank String id,
            long version,
            @Nullable String gridId,
            @Nullable @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
            @Nullable GridEmployment employment,
            @Nullable Boolean active) {
    }

    record GridPayload(Grid grid) {
    }

    record GridWorkerPayload(GridWorker gridWorker) {
    }
}
