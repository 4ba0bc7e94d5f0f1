package org.xiangli.eldercare;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.region.PlaceMove;
import org.xiangli.region.RegionSuccession;

import java.util.List;
import java.util.Map;

/**
 * One elder moving house to another village: the region change of a merge at the size of one
 * household (the same {@link RegionSuccession#moveRecords} with only this elder selected), so the
 * kit, the alerts and the visit modes go along and every moved record leaves its audit entry.
 */
@Service
@Transactional
class ElderRelocation {

    @PersistenceContext
    private EntityManager entityManager;

    private final ElderCareDirectory directory;
    private final VersionGuard versions;
    private final RegionSuccession succession;

    ElderRelocation(ElderCareDirectory directory, VersionGuard versions, RegionSuccession succession) {
        this.directory = directory;
        this.versions = versions;
        this.succession = succession;
    }

    record Relocated(Elder elder, List<RegionSuccession.Moved> moved) {
    }

    Relocated relocate(ElderMoveController.MoveElderInput input) {
        long id = GlobalId.decode(input.elderId(), Elder.TYPE, "input.elderId");
        Elder elder = directory.elder(id).orElseThrow(() -> ApiException.notFound("input.elderId", "no elder with this ID in your scope"));
        if (elder.getAnonymisedAt() != null) {
            throw ApiException.badRequest("input.elderId", "this record was anonymised: it cannot be moved");
        }
        versions.claim(elder, input.version(), "The elder's record");
        if (elder.getRegionCode().equals(input.villageCode())) {
            throw ApiException.badRequest("input.villageCode", "the elder lives in this village already");
        }
        List<RegionSuccession.Moved> moved = succession.moveRecords(new PlaceMove(List.of(elder.getRegionCode()), input.villageCode(),
                Map.of(PlaceMove.ELDERS, List.of(id)), input.reason().strip()), "input.villageCode");
        entityManager.refresh(elder);
        return new Relocated(elder, moved);
    }
}
