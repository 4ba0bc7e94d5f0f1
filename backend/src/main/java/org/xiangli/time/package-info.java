/**
 * Time, one way: the application's one {@link java.time.Clock} (which tests move), the counties'
 * calendar and zone every "today" and every shown time uses ({@link org.xiangli.time.CountyCalendar}),
 * the entity timestamps stamped from that clock, and the machine's time for the few things that must
 * not follow a moved clock ({@link org.xiangli.time.MachineTime}).
 */
@NullMarked
package org.xiangli.time;

import org.jspecify.annotations.NullMarked;
