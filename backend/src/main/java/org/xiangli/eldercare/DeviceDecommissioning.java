package org.xiangli.eldercare;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.security.CurrentCaller;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.xiangli.eldercare.ElderCareInputs.DecommissionDeviceInput;

/**
 * Takes a device out of its household kit. The device keeps its row, events and alerts (history),
 * but no longer counts: it leaves {@code Elder.devices}, the device-health rules and KPIs, and a
 * later event from its serial is treated like an unknown device's. Its device-health alerts that
 * are not closed are settled, since nobody will fix a device that is gone: an active one is
 * resolved with outcome OTHER, and each is closed, both steps by the caller with the reason.
 * Alerts about the elder (a panic press on this button, say) are left to the loop.
 */
@Service
@Transactional
class DeviceDecommissioning {

    private static final List<AlertKind> DEVICE_HEALTH = Arrays.stream(AlertKind.values()).filter(AlertKind::perDevice).toList();

    private final ElderCareDirectory directory;
    private final Devices devices;
    private final Alerts alerts;
    private final AlertSteps steps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final VersionGuard versions;
    private final Figures figures;

    DeviceDecommissioning(ElderCareDirectory directory, Devices devices, Alerts alerts, AlertSteps steps,
                          ApplicationEventPublisher events, Clock clock, VersionGuard versions, Figures figures) {
        this.versions = versions;
        this.directory = directory;
        this.devices = devices;
        this.alerts = alerts;
        this.steps = steps;
        this.events = events;
        this.clock = clock;
        this.figures = figures;
    }

    /** The decommissioned device and the alerts closed with it. */
    record Decommissioned(Device device, List<Alert> closedAlerts) {
    }

    Decommissioned decommission(DecommissionDeviceInput input) {
        Device device = directory.device(GlobalId.decode(input.id(), Device.TYPE, "input.id"))
                .orElseThrow(() -> ApiException.notFound("input.id", "no device with this ID in your scope"));
        versions.claim(device, input.version(), "The device");
        if (device.isDecommissioned()) {
            throw ApiException.conflict("input.id", "this device was decommissioned at " + CountyCalendar.shown(device.getDecommissionedAt())
                    + " and is no longer part of a kit");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String actor = CurrentCaller.get().name();
        String reason = input.reason().strip();
        device.decommission(now, actor, reason);
        Device saved = devices.saveAndFlush(device);
        // a kit and maybe its alerts: the alert KPIs count both
        figures.changed(Figures.ALERTS);
        List<Alert> closed = new ArrayList<>();
        for (Alert alert : alerts.findByDeviceIdAndKindInAndStatusNotOrderById(saved.getId(), DEVICE_HEALTH, AlertStatus.CLOSED)) {
            if (alert.getStatus().active()) {
                alert.resolve(AlertOutcome.OTHER, now);
                steps.save(new AlertStep(alert, StepAction.RESOLVED, now, actor, "OTHER: device decommissioned: " + reason, null, null));
            }
            alert.close(now);
            Alert settled = alerts.saveAndFlush(alert);
            steps.save(new AlertStep(settled, StepAction.CLOSED, now, actor, "device decommissioned", null, null));
            events.publishEvent(new AlertChange(AlertChange.Action.UPDATED, settled));
            closed.add(settled);
        }
        return new Decommissioned(saved, closed);
    }
}
