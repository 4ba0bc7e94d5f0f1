package org.xiangli.matter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xiangli.graphql.GlobalId;
import org.xiangli.region.RegionDirectory;
import org.xiangli.region.RegionLevel;
import org.xiangli.talent.TalentLookup;
import org.xiangli.talent.TalentRequestRaised;

import static org.xiangli.matter.MatterEnums.MatterKind;
import static org.xiangli.matter.MatterInputs.ReportMatterInput;

/**
 * What a talent asked for at a visit, when it needs doing, becomes a matter of the talent's home
 * unit, reported by whoever logged the visit. It is filed in the visit's own transaction: the visit
 * and its matter are saved together or not at all.
 */
@Component
class TalentRequests {

    private static final Logger log = LoggerFactory.getLogger(TalentRequests.class);
    private static final int TITLE = 80;

    private final MatterLedger ledger;
    private final RegionDirectory regions;

    TalentRequests(MatterLedger ledger, RegionDirectory regions) {
        this.ledger = ledger;
        this.regions = regions;
    }

    @EventListener
    void raised(TalentRequestRaised request) {
        boolean placeable = regions.byCode(request.regionCode()).map(unit -> unit.getLevel() != RegionLevel.COUNTY).orElse(false);
        if (!placeable) {
            // a matter lies in a township or village; the visit log and the due list still hold the request
            log.info("Visit {}: the talent's home unit {} holds no matters, so the request stays in the visit log only",
                    request.visitId(), request.regionCode());
            return;
        }
        String title = "乡贤诉求：" + request.text().strip().replaceAll("\\s+", " ");
        ledger.report(new ReportMatterInput(MatterKind.PUBLIC_SERVICE, title.length() > TITLE ? title.substring(0, TITLE - 1) + "…" : title,
                request.text(), request.regionCode(), null, null, GlobalId.of(TalentLookup.TYPE, request.talentId()),
                null, null, false, null));
    }
}
