package org.xiangli.eldercare;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.audit.ErasureLog;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.xiangli.eldercare.ElderCareInputs.AnonymiseElderInput;

/**
 * Erases a departed elder's record on request (PIPL art. 47), for good. The row stays, so alerts,
 * their steps, devices and events keep their elder and the KPIs stay true, but nothing of the person
 * does: name (a placeholder), gender, birth date (1900-01-01, the column is required), ID number,
 * phone, address and health notes (the encrypted columns emptied), the call tree, the last activity
 * times, and the person's and their contacts' names and numbers wherever operators wrote them in
 * alert steps and visit-mode reasons. Written in SQL past the audit listener; the one audit entry
 * names who, why and the request, not the data. Asking again answers the record unchanged.
 */
@Service
@Transactional
class ElderAnonymisation {

    static final String PLACEHOLDER = "已匿名-";

    @PersistenceContext
    private EntityManager entityManager;

    private final ElderCareDirectory directory;
    private final VersionGuard versions;
    private final ErasureLog erasures;
    private final Clock clock;

    ElderAnonymisation(ElderCareDirectory directory, VersionGuard versions, ErasureLog erasures, Clock clock) {
        this.directory = directory;
        this.versions = versions;
        this.erasures = erasures;
        this.clock = clock;
    }

    Elder anonymise(AnonymiseElderInput input) {
        long id = GlobalId.decode(input.id(), Elder.TYPE, "input.id");
        Elder elder = directory.elder(id).orElseThrow(() -> ApiException.notFound("input.id", "no elder with this ID in your scope"));
        if (elder.getAnonymisedAt() != null) {
            return elder;
        }
        if (elder.getDepartedOn() == null) {
            throw ApiException.badRequest("input.id", "this elder is in care: only a departed elder's record is anonymised "
                    + "(record the departure with recordElderDeparture first)");
        }
        versions.claim(elder, input.version(), "The elder's record");
        List<String> personal = new ArrayList<>(List.of(elder.getName()));
        personal.add(elder.getPhone());
        personal.add(elder.getAddress());
        personal.add(elder.getIdNumber());
        directory.callTrees(List.of(id)).getOrDefault(id, List.of()).forEach(contact -> {
            personal.add(contact.getName());
            personal.add(contact.getPhone());
        });
        personal.stream().filter(Objects::nonNull).filter(value -> !value.isBlank()).distinct().forEach(value -> {
            update("""
                    UPDATE alert_step SET note = REPLACE(note, ?1, '***')
                     WHERE alert_id IN (SELECT id FROM alert WHERE elder_id = ?2) AND note LIKE CONCAT('%', ?1, '%')""", value, id);
            update("UPDATE elder_silence SET reason = REPLACE(reason, ?1, '***') WHERE elder_id = ?2 AND reason LIKE CONCAT('%', ?1, '%')",
                    value, id);
        });
        update("""
                UPDATE elder SET name = ?1, gender = 'UNDISCLOSED', birth_date = DATE '1900-01-01', id_number = NULL, phone = NULL,
                       address = NULL, health_notes = NULL, anonymised_at = ?2
                 WHERE id = ?3""", PLACEHOLDER + id, clock.instant(), id);
        update("DELETE FROM elder_contact WHERE elder_id = ?1", id);
        update("DELETE FROM elder_activity WHERE elder_id = ?1", id);
        entityManager.refresh(elder);
        erasures.append(Elder.TYPE, id, elder.getRegionCode(), input.reason());
        return elder;
    }

    private void update(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
