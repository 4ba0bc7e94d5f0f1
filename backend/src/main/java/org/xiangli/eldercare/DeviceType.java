package org.xiangli.eldercare;

/** The devices of a household kit; smoke and water sensors are accepted for later kits. */
public enum DeviceType {
    PANIC_BUTTON, MOTION_SENSOR, DOOR_CONTACT, SMOKE_SENSOR, WATER_SENSOR
}
