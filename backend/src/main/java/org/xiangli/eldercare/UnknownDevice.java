package org.xiangli.eldercare;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * A serial that sent events but is in no household's kit (never registered, or decommissioned),
 * as {@link EventWriter} counts it. It belongs to no region.
 */
@Entity
@Immutable
@Table(name = "unknown_device")
class UnknownDevice {

    @Id
    private String serial;
    private Instant firstSeenAt;
    private Instant lastSeenAt;
    private long eventCount;
    private @Nullable String lastEventId;

    protected UnknownDevice() {
    }

    public String getSerial() {
        return serial;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public long getEventCount() {
        return eventCount;
    }

    public @Nullable String getLastEventId() {
        return lastEventId;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UnknownDevice device && serial != null && serial.equals(device.serial);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(serial);
    }
}
