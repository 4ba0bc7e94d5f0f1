package org.xiangli.eldercare;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.xiangli.graphql.BatchMaps;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.PageRequest;
import org.xiangli.region.Within;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Roles;
import reactor.core.publisher.Flux;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.xiangli.eldercare.ElderCareFilters.AlertFilter;
import static org.xiangli.eldercare.ElderCareFilters.AlertSort;
import static org.xiangli.eldercare.ElderCareFilters.ElderFilter;
import static org.xiangli.eldercare.ElderCareInputs.AlertStepInput;
import static org.xiangli.eldercare.ElderCareInputs.AnonymiseElderInput;
import static org.xiangli.eldercare.ElderCareInputs.RecordElderDepartureInput;
import static org.xiangli.eldercare.ElderCareInputs.DecommissionDeviceInput;
import static org.xiangli.eldercare.ElderCareInputs.EndVisitModeInput;
import static org.xiangli.eldercare.ElderCareInputs.LogAlertCallInput;
import static org.xiangli.eldercare.ElderCareInputs.RegisterDeviceInput;
import static org.xiangli.eldercare.ElderCareInputs.RegisterElderInput;
import static org.xiangli.eldercare.ElderCareInputs.ReplaceCallTreeInput;
import static org.xiangli.eldercare.ElderCareInputs.ResolveAlertInput;
import static org.xiangli.eldercare.ElderCareInputs.StartVisitModeInput;
import static org.xiangli.eldercare.ElderCareInputs.UpdateElderInput;

/**
 * GraphQL entry points of elder care; nested fields are batch-loaded. Health data is never shown to
 * supervisors or integrators: they cannot read elders at all.
 */
@Controller
class ElderCareController {

    private final ElderCareDirectory directory;
    private final ElderRecords records;
    private final ElderRecordUpdates updates;
    private final DeviceDecommissioning decommissioning;
    private final AlertLoop loop;
    private final AlertChanges changes;
    private final AlertKpiReport kpis;
    private final ElderCareProperties properties;
    private final ElderAnonymisation anonymisation;

    ElderCareController(ElderCareDirectory directory, ElderRecords records, ElderRecordUpdates updates,
                        DeviceDecommissioning decommissioning, AlertLoop loop, AlertChanges changes,
                        AlertKpiReport kpis, ElderCareProperties properties, ElderAnonymisation anonymisation) {
        this.anonymisation = anonymisation;
        this.directory = directory;
        this.records = records;
        this.updates = updates;
        this.decommissioning = decommissioning;
        this.loop = loop;
        this.changes = changes;
        this.kpis = kpis;
        this.properties = properties;
    }

    @SubscriptionMapping
    @PreAuthorize(Roles.ALERT_READERS)
    Flux<AlertChange> alertChanged(@Argument @Nullable String within) {
        return changes.visibleTo(CurrentCaller.get(), Within.code(within, "within"));
    }

    @QueryMapping
    @PreAuthorize(Roles.ELDERCARE_READERS)
    Connection<Elder> elders(@Argument @Nullable Integer first, @Argument @Nullable String after,
                             @Argument @Nullable Integer last, @Argument @Nullable String before,
                             @Argument @Nullable ElderFilter filter) {
        return directory.elders(filter == null ? ElderFilter.NONE : filter, PageRequest.of(first, after, last, before));
    }

    @QueryMapping
    @PreAuthorize(Roles.ALERT_READERS)
    Connection<Alert> alerts(@Argument @Nullable Integer first, @Argument @Nullable String after,
                             @Argument @Nullable Integer last, @Argument @Nullable String before,
                             @Argument @Nullable AlertFilter filter, @Argument @Nullable AlertSort orderBy) {
        return directory.alerts(filter == null ? AlertFilter.NONE : filter, orderBy == null ? AlertSort.URGENCY : orderBy,
                PageRequest.of(first, after, last, before));
    }

    @QueryMapping
    @PreAuthorize(Roles.ELDERCARE_READERS)
    AlertKpiReport.Kpis alertKpis(@Argument @Nullable String within, @Argument @Nullable Instant from, @Argument @Nullable Instant to) {
        return kpis.report(within, from, to);
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_KEEPERS)
    ElderPayload registerElder(@Argument @Valid RegisterElderInput input) {
        return new ElderPayload(records.register(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_KEEPERS)
    ElderPayload updateElder(@Argument @Valid UpdateElderInput input) {
        return new ElderPayload(updates.update(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_KEEPERS)
    ElderPayload recordElderDeparture(@Argument @Valid RecordElderDepartureInput input) {
        return new ElderPayload(updates.depart(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.COUNTY_ADMINS)
    ElderPayload anonymiseElder(@Argument @Valid AnonymiseElderInput input) {
        return new ElderPayload(anonymisation.anonymise(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_KEEPERS)
    ElderPayload replaceCallTree(@Argument @Valid ReplaceCallTreeInput input) {
        return new ElderPayload(updates.replaceCallTree(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_KEEPERS)
    DevicePayload registerDevice(@Argument @Valid RegisterDeviceInput input) {
        return new DevicePayload(records.registerDevice(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_KEEPERS)
    DecommissionDevicePayload decommissionDevice(@Argument @Valid DecommissionDeviceInput input) {
        DeviceDecommissioning.Decommissioned done = decommissioning.decommission(input);
        return new DecommissionDevicePayload(done.device(), done.closedAlerts());
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_KEEPERS)
    VisitModePayload startVisitMode(@Argument @Valid StartVisitModeInput input) {
        return new VisitModePayload(records.startVisitMode(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_KEEPERS)
    VisitModePayload endVisitMode(@Argument @Valid EndVisitModeInput input) {
        return new VisitModePayload(records.endVisitMode(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_RESPONDERS)
    AlertPayload acknowledgeAlert(@Argument @Valid AlertStepInput input) {
        return new AlertPayload(loop.acknowledge(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_RESPONDERS)
    AlertPayload arriveOnSite(@Argument @Valid AlertStepInput input) {
        return new AlertPayload(loop.arrive(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_RESPONDERS)
    AlertPayload resolveAlert(@Argument @Valid ResolveAlertInput input) {
        return new AlertPayload(loop.resolve(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_RESPONDERS)
    AlertPayload followUpAlert(@Argument @Valid AlertStepInput input) {
        return new AlertPayload(loop.followUp(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_RESPONDERS)
    AlertPayload closeAlert(@Argument @Valid AlertStepInput input) {
        return new AlertPayload(loop.close(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.ELDERCARE_RESPONDERS)
    AlertPayload logAlertCall(@Argument @Valid LogAlertCallInput input) {
        return new AlertPayload(loop.logCall(input));
    }

    @SchemaMapping(typeName = "Elder")
    String id(Elder elder) {
        return GlobalId.of(Elder.TYPE, elder.getId());
    }

    @SchemaMapping(typeName = "Device")
    String id(Device device) {
        return GlobalId.of(Device.TYPE, device.getId());
    }

    @SchemaMapping(typeName = "Alert")
    String id(Alert alert) {
        return GlobalId.of(Alert.TYPE, alert.getId());
    }

    @SchemaMapping(typeName = "VisitMode")
    String id(Silence silence) {
        return GlobalId.of(ElderCareDirectory.VISIT_MODE, silence.getId());
    }

    @SchemaMapping(typeName = "Elder")
    ElderRecords.Rules rules(Elder elder) {
        return ElderRecords.rules(elder, properties.rules());
    }

    @BatchMapping(typeName = "Elder")
    Map<Elder, List<ElderContact>> callTree(List<Elder> elders) {
        Map<Long, List<ElderContact>> trees = directory.callTrees(ids(elders));
        return BatchMaps.many(elders, Elder::getId, trees);
    }

    @BatchMapping(typeName = "Elder")
    Map<Elder, List<Device>> devices(List<Elder> elders) {
        Map<Long, List<Device>> kits = directory.kits(ids(elders));
        return BatchMaps.many(elders, Elder::getId, kits);
    }

    @BatchMapping(typeName = "Elder")
    Map<Elder, List<Device>> decommissionedDevices(List<Elder> elders) {
        Map<Long, List<Device>> retired = directory.decommissioned(ids(elders));
        return BatchMaps.many(elders, Elder::getId, retired);
    }

    @BatchMapping(typeName = "Elder")
    Map<Elder, List<Alert>> openAlerts(List<Elder> elders) {
        Map<Long, List<Alert>> open = directory.openAlerts(ids(elders));
        return BatchMaps.many(elders, Elder::getId, open);
    }

    @BatchMapping(typeName = "Elder")
    Map<Elder, Silence> visitMode(List<Elder> elders) {
        Map<Long, Silence> modes = directory.visitModes(ids(elders));
        return BatchMaps.one(elders, Elder::getId, modes);
    }

    @BatchMapping(typeName = "Alert")
    Map<Alert, Elder> elder(List<Alert> alerts) {
        Map<Long, Elder> elders = directory.eldersById(alerts.stream().map(Alert::getElderId).distinct().toList());
        return BatchMaps.one(alerts, Alert::getElderId, elders);
    }

    @BatchMapping(typeName = "Alert")
    Map<Alert, Device> device(List<Alert> alerts) {
        Map<Long, Device> devices = directory.devicesById(alerts.stream().map(Alert::getDeviceId).filter(Objects::nonNull).distinct().toList());
        return BatchMaps.one(alerts, Alert::getDeviceId, devices);
    }

    @BatchMapping(typeName = "Alert")
    Map<Alert, List<AlertStep>> steps(List<Alert> alerts) {
        Map<Long, List<AlertStep>> steps = directory.steps(alerts.stream().map(Alert::getId).toList());
        return BatchMaps.many(alerts, Alert::getId, steps);
    }

    private static List<Long> ids(List<Elder> elders) {
        return elders.stream().map(Elder::getId).toList();
    }

    record ElderPayload(Elder elder) {
    }

    record DevicePayload(Device device) {
    }

    record DecommissionDevicePayload(Device device, List<Alert> closedAlerts) {
    }

    record VisitModePayload(Silence visitMode) {
    }

    record AlertPayload(Alert alert) {
    }
}
