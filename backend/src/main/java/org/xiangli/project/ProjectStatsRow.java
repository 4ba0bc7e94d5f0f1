package org.xiangli.project;

import java.math.BigDecimal;

/** Aggregates over one group of projects. */
record ProjectStatsRow(String key, long projects, BigDecimal budget, BigDecimal disbursed, BigDecimal paid,
                              long completed, long notCancelled, long overdue, long inProgress) {

    public double completionRate() {
        return notCancelled == 0 ? 0 : (double) completed / notCancelled;
    }

    public double overdueRate() {
        return inProgress == 0 ? 0 : (double) overdue / inProgress;
    }
}
