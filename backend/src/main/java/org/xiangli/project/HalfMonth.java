package org.xiangli.project;

import java.time.LocalDate;

/** A reporting period: the 1st–15th or the 16th–last day of a month. */
record HalfMonth(LocalDate start, LocalDate end) {

    public static HalfMonth containing(LocalDate day) {
        return day.getDayOfMonth() <= 15
                ? new HalfMonth(day.withDayOfMonth(1), day.withDayOfMonth(15))
                : new HalfMonth(day.withDayOfMonth(16), day.withDayOfMonth(day.lengthOfMonth()));
    }

    /** Whether the day starts a period, as a report's period must be named. */
    public static boolean startsPeriod(LocalDate day) {
        return day.getDayOfMonth() == 1 || day.getDayOfMonth() == 16;
    }

    public HalfMonth previous() {
        return containing(start.minusDays(1));
    }

    public HalfMonth next() {
        return containing(end.plusDays(1));
    }

    /**
     * The last day whose period must be reported by {@code today}: a report is overdue the day
     * after its period, so the end of the period before today's.
     */
    public static LocalDate dueThrough(LocalDate today) {
        return containing(today).previous().end();
    }
}
