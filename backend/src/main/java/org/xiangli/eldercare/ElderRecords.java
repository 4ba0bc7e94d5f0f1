package org.xiangli.eldercare;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.region.RegionLevel;
import org.xiangli.security.CurrentCaller;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.xiangli.eldercare.ElderCareInputs.CallTreeContactInput;
import static org.xiangli.eldercare.ElderCareInputs.EndVisitModeInput;
import static org.xiangli.eldercare.ElderCareInputs.RegisterDeviceInput;
import static org.xiangli.eldercare.ElderCareInputs.RegisterElderInput;
import static org.xiangli.eldercare.ElderCareInputs.StartVisitModeInput;

/** Keeps elder, kit and visit-mode records. */
@Service
@Transactional
class ElderRecords {

    private final Elders elders;
    private final ElderContacts contacts;
    private final Devices devices;
    private final Silences silences;
    private final RegionDirectory regions;
    private final ElderCareDirectory directory;
    private final ElderCareProperties properties;
    private final ElderGrids grids;
    private final Clock clock;

    private final VersionGuard versions;
    private final Figures figures;

    ElderRecords(Elders elders, ElderContacts contacts, Devices devices, Silences silences, RegionDirectory regions,
                 ElderCareDirectory directory, ElderCareProperties properties, ElderGrids grids, Clock clock,
                 VersionGuard versions, Figures figures) {
        this.grids = grids;
        this.versions = versions;
        this.elders = elders;
        this.contacts = contacts;
        this.devices = devices;
        this.silences = silences;
        this.regions = regions;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
        this.figures = figures;
    }

    Elder register(RegisterElderInput input) {
        Region village = regions.byCode(input.villageCode())
                .orElseThrow(() -> ApiException.notFound("input.villageCode", "no village " + input.villageCode() + " in your scope"));
        if (village.getLevel() != RegionLevel.VILLAGE || village.isRetired()) {
            throw ApiException.badRequest("input.villageCode", input.villageCode() + " is not a current village: elders live in villages");
        }
        OwnRules rules = OwnRules.checked(input.inactivityMinutes(), input.dayStart(), input.dayEnd(), "input.");
        Elder elder = new Elder(village.getCode(), input.name().strip(), input.gender(), input.birthDate(),
                input.livingSituation(), input.riskLevel());
        elder.describe(input.idNumber(), input.phone(), input.address(), input.healthNotes());
        rules.applyTo(elder);
        elder.placeIn(grids.checked(input.gridId(), village.getCode(), "input.gridId"));
        elder = elders.saveAndFlush(elder);
        figures.changed(Figures.ELDERS);
        saveCallTree(elder, input.callTree() == null ? List.of() : input.callTree());
        return elder;
    }

    private void saveCallTree(Elder elder, List<CallTreeContactInput> tree) {
        for (int i = 0; i < tree.size(); i++) {
            CallTreeContactInput contact = tree.get(i);
            contacts.save(new ElderContact(elder, i + 1, contact.relation(), contact.name().strip(), contact.phone()));
        }
    }

    Device registerDevice(RegisterDeviceInput input) {
        Elder elder = directory.elder(GlobalId.decode(input.elderId(), Elder.TYPE, "input.elderId"))
                .orElseThrow(() -> ApiException.notFound("input.elderId", "no elder with this ID in your scope"));
        LocalDate installed = input.installedOn() == null ? CountyCalendar.today(clock) : input.installedOn();
        // the alert KPIs count the kits
        figures.changed(Figures.ALERTS);
        try {
            return devices.saveAndFlush(new Device(input.serial(), elder, input.type(), installed));
        } catch (DataIntegrityViolationException inKitAlready) {
            // the database keeps a serial in one kit at a time (uk_device_kit_serial), whoever's scope that kit is in
            throw ApiException.conflict("input.serial", "serial " + input.serial()
                    + " is in a household's kit already: a device belongs to one kit; decommission it there first");
        }
    }

    Silence startVisitMode(StartVisitModeInput input) {
        Elder elder = directory.elder(GlobalId.decode(input.elderId(), Elder.TYPE, "input.elderId"))
                .orElseThrow(() -> ApiException.notFound("input.elderId", "no elder with this ID in your scope"));
        Instant now = clock.instant();
        if (!input.expiresAt().isAfter(now)) {
            throw ApiException.badRequest("input.expiresAt", "must lie in the future");
        }
        if (input.expiresAt().isAfter(now.plus(properties.rules().maxSilence()))) {
            throw ApiException.badRequest("input.expiresAt", "a visit mode lasts at most " + properties.rules().maxSilence().toDays()
                    + " days: start a new one when it ends");
        }
        // one visit mode at a time per elder: the elder's row is locked so two starts at once are checked in turn
        versions.lock(elder);
        silences.findByElderIdInAndEndedAtIsNullAndExpiresAtAfterOrderByExpiresAtDesc(List.of(elder.getId()), now).stream()
                .filter(active -> active.activeAt(now)).findFirst().ifPresent(active -> {
                    throw ApiException.conflict("input.elderId", "a visit mode is already in effect for this elder until %s (%s): end it first (endVisitMode) and start a new one"
                            .formatted(CountyCalendar.shown(active.getExpiresAt()), GlobalId.of(ElderCareDirectory.VISIT_MODE, active.getId())));
                });
        return silences.saveAndFlush(new Silence(elder, CurrentCaller.get().name(), input.reason().strip(), now, input.expiresAt()));
    }

    Silence endVisitMode(EndVisitModeInput input) {
        Silence silence = directory.silence(GlobalId.decode(input.id(), ElderCareDirectory.VISIT_MODE, "input.id"))
                .orElseThrow(() -> ApiException.notFound("input.id", "no visit mode with this ID in your scope"));
        versions.claim(silence, input.version(), "The visit mode");
        Instant now = clock.instant();
        if (!silence.activeAt(now)) {
            throw ApiException.conflict("input.id", "this visit mode is no longer in effect");
        }
        silence.end(now);
        return silences.saveAndFlush(silence);
    }

    /** The rule settings in effect for an elder. */
    static Rules rules(Elder elder, ElderCareProperties.Rules defaults) {
        return new Rules(elder.getInactivityMinutes() != null ? elder.getInactivityMinutes() : (int) defaults.inactivity().toMinutes(),
                (elder.getDayStart() != null ? elder.getDayStart() : defaults.dayStart()).toString(),
                (elder.getDayEnd() != null ? elder.getDayEnd() : defaults.dayEnd()).toString());
    }

    record Rules(int inactivityMinutes, String dayStart, String dayEnd) {
    }
}
