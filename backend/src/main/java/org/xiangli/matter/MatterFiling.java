package org.xiangli.matter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.GlobalId;
import org.xiangli.project.ProjectDirectory;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import static org.xiangli.matter.MatterEnums.MatterKind;
import static org.xiangli.matter.MatterEnums.MatterOwnerKind;
import static org.xiangli.matter.MatterInputs.DispatchMatterInput;
import static org.xiangli.matter.MatterInputs.ReportMatterInput;

/**
 * How other features put matters on the ledger: a project's escort (an overdue milestone) and
 * supervision (a site check's findings). It goes through the ledger's own steps, report and then
 * dispatch, as the current caller (the platform itself for a sweep), so a filed matter is a matter
 * like any other: numbered, in the history, audited and on the live board.
 */
@Service
@Transactional
public class MatterFiling {

    /** The kinds other features file. */
    public enum Kind { MILESTONE_OVERDUE, SUPERVISION_FINDING }

    /** Who a filed matter is dispatched to: a village (its officials) or a department worked through the command centre. */
    public enum Owner { VILLAGE, DEPARTMENT }

    /**
     * A matter to file about a project, in a village or township; dispatched at once to the owner
     * with the deadline when both are given, otherwise left for the command centre to dispatch.
     */
    public record Filing(Kind kind, String title, @Nullable String description, String regionCode, long projectId,
                         @Nullable Owner ownerKind, @Nullable String owner, @Nullable Instant deadline, @Nullable String note) {
    }

    private final MatterLedger ledger;
    private final MatterDirectory directory;

    MatterFiling(MatterLedger ledger, MatterDirectory directory) {
        this.ledger = ledger;
        this.directory = directory;
    }

    /** Files the matter; answers its ID. Errors name the ledger's input fields (input.owner, input.deadline…). */
    public long file(Filing filing) {
        Matter matter = ledger.report(new ReportMatterInput(MatterKind.valueOf(filing.kind().name()), filing.title(), filing.description(),
                filing.regionCode(), null, GlobalId.of(ProjectDirectory.TYPE, filing.projectId()), null, null, null, false, null));
        if (filing.ownerKind() != null && filing.owner() != null && filing.deadline() != null) {
            matter = ledger.dispatch(new DispatchMatterInput(GlobalId.of(Matter.TYPE, matter.getId()), matter.getVersion(),
                    MatterOwnerKind.valueOf(filing.ownerKind().name()), filing.owner(), filing.deadline(), filing.note()));
        }
        return matter.getId();
    }

    /** The matters with these IDs the caller sees, to answer as GraphQL {@code Matter}s. */
    public Map<Long, Object> byIds(Collection<Long> ids) {
        return Map.copyOf(directory.byIds(ids));
    }

    /** The global ID of a matter. */
    public static String globalId(long id) {
        return GlobalId.of(Matter.TYPE, id);
    }
}
