package org.xiangli.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The counties' calendar, the one every "today", "this year", day window and shown time uses:
 * Asia/Shanghai, whatever zone the server runs in. Between 00:00 and 08:00 in China the UTC date is
 * still yesterday, so no code reads the date off the UTC clock.
 */
public final class CountyCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CountyCalendar() {
    }

    /** Today in the counties. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** This year in the counties. */
    public static int thisYear(Clock clock) {
        return today(clock).getYear();
    }

    /** An instant as clients see it everywhere (fields and messages alike): ISO-8601 with the +08:00 offset. */
    public static String shown(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime().toString();
    }
}
