package org.xiangli.eldercare;

import java.util.EnumSet;
import java.util.Set;

import static org.xiangli.eldercare.EventType.BATTERY;
import static org.xiangli.eldercare.EventType.DOOR_CLOSE;
import static org.xiangli.eldercare.EventType.DOOR_OPEN;
import static org.xiangli.eldercare.EventType.HEARTBEAT;
import static org.xiangli.eldercare.EventType.MOTION;
import static org.xiangli.eldercare.EventType.PRESSED;

/** The devices of a household kit; smoke and water sensors are accepted for later kits. */
enum DeviceType {
    PANIC_BUTTON(EnumSet.of(PRESSED, HEARTBEAT, BATTERY)),
    MOTION_SENSOR(EnumSet.of(MOTION, HEARTBEAT, BATTERY)),
    DOOR_CONTACT(EnumSet.of(DOOR_OPEN, DOOR_CLOSE, HEARTBEAT, BATTERY)),
    SMOKE_SENSOR(EnumSet.of(HEARTBEAT, BATTERY)),
    WATER_SENSOR(EnumSet.of(HEARTBEAT, BATTERY));

    private final Set<EventType> sends;

    DeviceType(Set<EventType> sends) {
        this.sends = sends;
    }

    /** The event types a device of this kind sends; any other is a dead letter. */
    public Set<EventType> sends() {
        return sends;
    }
}
