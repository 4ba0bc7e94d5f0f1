package org.xiangli.talent;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.audit.ErasureLog;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;

import java.time.Clock;
import java.util.Objects;
import java.util.stream.Stream;

import static org.xiangli.talent.TalentInputs.AnonymiseTalentInput;

/**
 * Erases a talent on request (PIPL art. 47), for good. The row stays, so the ledger keeps its
 * entries and every total stays true, but nothing of the person does: name, birth year, contacts,
 * work, tags, notes, consent, the giver's free text in the ledger, memberships, the talent's values
 * in import reports, and the search index's entry (re-indexed under the placeholder name). Written
 * in SQL past the audit listener; the one audit entry names who, why and the request, not the data.
 * Asking again for an anonymised record answers it unchanged.
 */
@Service
@Transactional
class TalentAnonymisation {

    /** What an anonymised record is called: no person, unique per record (the natural key stays unique). */
    static final String PLACEHOLDER = "已匿名-";

    @PersistenceContext
    private EntityManager entityManager;

    private final TalentDirectory directory;
    private final VersionGuard versions;
    private final ErasureLog erasures;
    private final Clock clock;

    TalentAnonymisation(TalentDirectory directory, VersionGuard versions, ErasureLog erasures, Clock clock) {
        this.directory = directory;
        this.versions = versions;
        this.erasures = erasures;
        this.clock = clock;
    }

    Talent anonymise(AnonymiseTalentInput input) {
        long id = GlobalId.decode(input.id(), Talent.TYPE, "input.id");
        Talent talent = directory.byId(id).orElseThrow(() -> ApiException.notFound("input.id", "no talent with this ID in your area"));
        if (talent.getAnonymisedAt() != null) {
            return talent;
        }
        versions.claim(talent, input.version(), "The talent's record");
        scrubImportReports(Stream.of(talent.getName(), talent.getPhone(), talent.getEmail(), talent.getAddress()));
        update("""
                UPDATE talent SET name = ?1, gender = 'UNDISCLOSED', birth_year = NULL, industry = NULL, organisation = NULL,
                       title = NULL, phone = NULL, email = NULL, address = NULL, consent_scope = '', tags = NULL, notes = NULL,
                       public_introduction = NULL,
                       anonymised_at = ?2
                 WHERE id = ?3""", PLACEHOLDER + id, clock.instant(), id);
        update("UPDATE talent_contribution SET description = NULL, referred = NULL WHERE talent_id = ?1", id);
        update("DELETE FROM talent_association_member WHERE talent_id = ?1", id);
        entityManager.refresh(talent);
        Search.session(entityManager).indexingPlan().addOrUpdate(talent);
        erasures.append(Talent.TYPE, id, talent.regionCode(), input.reason());
        return talent;
    }

    /** Import reports quote the rows they refused: the talent's values go from every one of them. */
    private void scrubImportReports(Stream<String> values) {
        values.filter(Objects::nonNull).filter(value -> !value.isBlank()).forEach(value ->
                update("UPDATE talent_import SET errors = REPLACE(errors, ?1, '***') WHERE errors LIKE CONCAT('%', ?1, '%')", value));
    }

    private void update(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
