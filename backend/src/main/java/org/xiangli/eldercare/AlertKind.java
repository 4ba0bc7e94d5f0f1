package org.xiangli.eldercare;

/** What an alert is about, with its severity and whether a visit-mode silence mutes it. */
enum AlertKind {
    PANIC(Severity.CRITICAL, false),
    INACTIVITY(Severity.HIGH, true),
    DOOR_NIGHT(Severity.HIGH, true),
    DOOR_IDLE(Severity.MEDIUM, true),
    DEVICE_OFFLINE(Severity.LOW, false),
    LOW_BATTERY(Severity.LOW, false);

    private final Severity severity;
    private final boolean behaviour;

    AlertKind(Severity severity, boolean behaviour) {
        this.severity = severity;
        this.behaviour = behaviour;
    }

    public Severity severity() {
        return severity;
    }

    /** Behaviour rules are muted by visit mode; PANIC and device health never are. */
    public boolean mutedBySilence() {
        return behaviour;
    }

    /** Device-health alerts are kept per device, the others per elder. */
    public boolean perDevice() {
        return this == DEVICE_OFFLINE || this == LOW_BATTERY;
    }
}
