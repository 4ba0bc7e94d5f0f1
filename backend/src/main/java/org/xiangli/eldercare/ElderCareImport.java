package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.figures.Figures;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.xiangli.eldercare.ElderEnums.ContactRelation;
import static org.xiangli.eldercare.ElderEnums.Gender;
import static org.xiangli.eldercare.ElderEnums.LivingSituation;
import static org.xiangli.eldercare.ElderEnums.RiskLevel;

/**
 * Bulk import of households from a trusted source (the demo data set, later the programme's
 * enrolment lists). Idempotent: a household whose first device serial is registered is left alone.
 */
@Service
@Transactional
public class ElderCareImport {

    /** One household: the elder, the call tree and the kit. Enum values by name; gridCode may be null (no grid). */
    public record Household(String villageCode, String name, String gender, LocalDate birthDate, String idNumber, String phone,
                            String address, String livingSituation, String riskLevel, String healthNotes,
                            List<Contact> callTree, List<Kit> kit, LocalDate installedOn, @Nullable String gridCode) {
    }

    /** A call-tree contact; relation is FAMILY, NEIGHBOUR, GRID_WORKER or COMMUNITY_STAFF. */
    public record Contact(String relation, String name, String phone) {
    }

    /** A device; type is a {@link DeviceType} name. */
    public record Kit(String serial, String type) {
    }

    private final Elders elders;
    private final ElderContacts contacts;
    private final Devices devices;
    private final ElderGrids grids;
    private final JdbcClient jdbc;
    private final Figures figures;

    ElderCareImport(Elders elders, ElderContacts contacts, Devices devices, ElderGrids grids, JdbcClient jdbc, Figures figures) {
        this.grids = grids;
        this.elders = elders;
        this.contacts = contacts;
        this.devices = devices;
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** Creates the households not yet registered; returns how many were created. */
    public int ensure(List<Household> households) {
        if (households.isEmpty()) {
            return 0;
        }
        Set<String> registered = new HashSet<>(jdbc.sql("SELECT serial FROM device WHERE serial IN (:serials)")
                .param("serials", households.stream().map(h -> h.kit().getFirst().serial()).toList())
                .query(String.class).list());
        int created = 0;
        for (Household h : households) {
            if (registered.contains(h.kit().getFirst().serial())) {
                continue;
            }
            Elder elder = new Elder(h.villageCode(), h.name(), Gender.valueOf(h.gender()), h.birthDate(),
                    LivingSituation.valueOf(h.livingSituation()), RiskLevel.valueOf(h.riskLevel()));
            elder.describe(h.idNumber(), h.phone(), h.address(), h.healthNotes());
            elder.placeIn(grids.byCode(h.gridCode(), h.villageCode(), "gridCode"));
            elder = elders.save(elder);
            for (int i = 0; i < h.callTree().size(); i++) {
                Contact c = h.callTree().get(i);
                contacts.save(new ElderContact(elder, i + 1, ContactRelation.valueOf(c.relation()), c.name(), c.phone()));
            }
            for (Kit kit : h.kit()) {
                devices.save(new Device(kit.serial(), elder, DeviceType.valueOf(kit.type()), h.installedOn()));
            }
            created++;
        }
        if (created > 0) {
            figures.changed(Figures.ELDERS);
            figures.changed(Figures.ALERTS);
        }
        return created;
    }
}
