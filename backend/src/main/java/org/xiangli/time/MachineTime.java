package org.xiangli.time;

import java.time.Clock;
import java.time.Instant;

/**
 * The machine's time, for what must not follow the application's clock when a test moves it:
 * pruning the alert outbox and the lifetime of a token. Everything a rule or a record reads comes
 * from the {@link java.time.Clock} bean instead.
 */
public final class MachineTime {

    private MachineTime() {
    }

    public static Instant now() {
        return Instant.now();
    }

    /** The machine's clock, for components that take a {@link Clock} (the verified-token cache). */
    public static Clock clock() {
        return Clock.systemUTC();
    }
}
