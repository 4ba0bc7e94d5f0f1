package org.xiangli.talent;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** An Excel import job as the GraphQL {@code TalentImport} shows it. */
record TalentImport(long id, String startedBy, String fileName, boolean validateOnly, Mode mode, Status status,
                    int totalRows, int processedRows, int createdRows, int updatedRows, int errorCount,
                    List<TalentImportRows.Problem> errors, @Nullable String failure, Instant startedAt,
                    @Nullable Instant finishedAt) {

    static final String TYPE = "TalentImport";

    /** The GraphQL {@code TalentImportMode}. */
    enum Mode { ALL_OR_NOTHING, VALID_ROWS }

    /** The GraphQL {@code TalentImportStatus}. */
    enum Status { RUNNING, SUCCEEDED, COMPLETED_WITH_ERRORS, FAILED }
}
