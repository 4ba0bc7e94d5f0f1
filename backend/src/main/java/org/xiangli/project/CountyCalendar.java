package org.xiangli.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which day it is for the counties: dates of periods, rounds and movements are days in China,
 * whatever zone the server runs in.
 */
public final class CountyCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CountyCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
