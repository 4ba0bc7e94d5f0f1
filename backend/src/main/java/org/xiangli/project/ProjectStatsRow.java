package org.xiangli.project;

import java.math.BigDecimal;
import java.time.Instant;

/** Aggregates over one group of projects, as of the instant they were computed. */
record ProjectStatsRow(String key, long projects, BigDecimal budget, BigDecimal disbursed, BigDecimal paid,
                              long completed, long notCancelled, long overdue, long inProgress, Instant asOf) {

    public double completionRate() {
        return notCancelled == 0 ? 0 : (double) completed / notCancelled;
    }

    public double overdueRate() {
        return inProgress == 0 ? 0 : (double) overdue / inProgress;
    }
}
