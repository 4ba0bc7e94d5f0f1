package org.xiangli.eldercare;

/** What a device reports. */
enum EventType {
    PRESSED, MOTION, DOOR_OPEN, DOOR_CLOSE, HEARTBEAT, BATTERY
}
