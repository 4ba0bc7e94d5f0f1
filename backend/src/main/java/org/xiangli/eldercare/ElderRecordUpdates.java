package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.xiangli.eldercare.ElderCareInputs.CallTreeContactInput;
import static org.xiangli.eldercare.ElderCareInputs.RecordElderDepartureInput;
import static org.xiangli.eldercare.ElderCareInputs.ReplaceCallTreeInput;
import static org.xiangli.eldercare.ElderCareInputs.UpdateElderInput;

/**
 * Edits elder records: the record itself and its call tree, both under the record's version, so two
 * people editing one elder at once cannot overwrite each other unnoticed (the second gets a
 * CONFLICT). The audit trail records each changed attribute and contact with personal values masked;
 * ID numbers and health notes stay encrypted at rest.
 */
@Service
@Transactional
class ElderRecordUpdates {

    private final Elders elders;
    private final ElderContacts contacts;
    private final ElderCareDirectory directory;
    private final Devices devices;
    private final ElderGrids grids;

    private final VersionGuard versions;
    private final Figures figures;

    ElderRecordUpdates(Elders elders, ElderContacts contacts, ElderCareDirectory directory, Devices devices, ElderGrids grids,
                       VersionGuard versions, Figures figures) {
        this.grids = grids;
        this.devices = devices;
        this.versions = versions;
        this.elders = elders;
        this.contacts = contacts;
        this.directory = directory;
        this.figures = figures;
    }

    Elder update(UpdateElderInput input) {
        Elder elder = current(input.id(), input.version(), "input.id");
        if (input.name() != null) {
            if (input.name().isBlank()) {
                throw ApiException.badRequest("input.name", "give the elder's full name: it cannot be cleared");
            }
            elder.rename(input.name().strip());
        }
        elder.identify(input.gender() != null ? input.gender() : elder.getGender(),
                input.birthDate() != null ? input.birthDate() : elder.getBirthDate());
        elder.describe(changed(input.idNumber(), elder.getIdNumber()), changed(input.phone(), elder.getPhone()),
                changed(input.address(), elder.getAddress()), changed(input.healthNotes(), elder.getHealthNotes()));
        elder.classify(input.livingSituation() != null ? input.livingSituation() : elder.getLivingSituation(),
                input.riskLevel() != null ? input.riskLevel() : elder.getRiskLevel());
        if (input.rules() != null) {
            OwnRules.checked(input.rules().inactivityMinutes(), input.rules().dayStart(), input.rules().dayEnd(), "input.rules.")
                    .applyTo(elder);
        }
        if (input.gridId() != null) {
            elder.placeIn(input.gridId().isEmpty() ? null : grids.checked(input.gridId(), elder.getRegionCode(), "input.gridId"));
            // a grid worker counts the alerts of their grid's elders
            figures.changed(Figures.ALERTS);
        }
        figures.changed(Figures.ELDERS);
        return elders.saveAndFlush(elder);
    }

    /**
     * Replaces the call tree with the given contacts, numbered from 1 in the given order. Positions
     * that stay are changed in place, so the audit log shows who replaced whom at each position.
     */
    Elder replaceCallTree(ReplaceCallTreeInput input) {
        Elder elder = current(input.elderId(), input.version(), "input.elderId");
        // the version moves (and the row is locked) before any contact changes: a concurrent edit of the
        // same version waits for this transaction and then fails its own version check
        elder.touched();
        Elder saved = elders.saveAndFlush(elder);
        Map<Integer, ElderContact> byPosition = new TreeMap<>();
        directory.callTrees(List.of(saved.getId())).getOrDefault(saved.getId(), List.of())
                .forEach(contact -> byPosition.put(contact.getPosition(), contact));
        List<CallTreeContactInput> wanted = input.contacts();
        for (int i = 0; i < wanted.size(); i++) {
            CallTreeContactInput contact = wanted.get(i);
            ElderContact present = byPosition.remove(i + 1);
            if (present == null) {
                contacts.save(new ElderContact(saved, i + 1, contact.relation(), contact.name().strip(), contact.phone()));
            } else {
                present.replaceWith(contact.relation(), contact.name().strip(), contact.phone());
            }
        }
        byPosition.values().forEach(contacts::delete);
        return saved;
    }

    /**
     * Records that the elder left the programme (died or moved away): the end of care, after which the
     * record may be anonymised. The household kit goes first (decommissionDevice), so no rule raises
     * an alert for someone who is no longer there.
     */
    Elder depart(RecordElderDepartureInput input) {
        Elder elder = current(input.id(), input.version(), "input.id");
        if (elder.getDepartedOn() != null) {
            throw ApiException.badRequest("input.id", "the elder's departure was recorded already (" + elder.getDepartedOn() + ")");
        }
        int kit = devices.findByElderIdInAndDecommissionedAtIsNullOrderBySerial(List.of(elder.getId())).size();
        if (kit > 0) {
            throw ApiException.badRequest("input.id", "the household kit still has " + kit + " device(s): decommission them first (decommissionDevice)");
        }
        elder.depart(input.departedOn());
        figures.changed(Figures.ELDERS);
        return elders.saveAndFlush(elder);
    }

    private Elder current(String globalId, long version, String field) {
        Elder elder = directory.elder(GlobalId.decode(globalId, Elder.TYPE, field))
                .orElseThrow(() -> ApiException.notFound(field, "no elder with this ID in your scope"));
        if (elder.getAnonymisedAt() != null) {
            throw ApiException.badRequest(field, "this record was anonymised: it cannot be changed");
        }
        versions.claim(elder, version, "The elder's record");
        return elder;
    }

    /** Omitted keeps the current value; an empty text clears it. */
    private static @Nullable String changed(@Nullable String given, @Nullable String current) {
        if (given == null) {
            return current;
        }
        return given.isBlank() ? null : given.strip();
    }
}
