package org.xiangli.eldercare;

/** What a device reports. */
public enum EventType {
    PRESSED, MOTION, DOOR_OPEN, DOOR_CLOSE, HEARTBEAT, BATTERY
}
