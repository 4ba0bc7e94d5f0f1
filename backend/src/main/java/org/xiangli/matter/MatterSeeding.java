package org.xiangli.matter;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.escalation.EscalationLevel;
import org.xiangli.time.CountyCalendar;

import java.time.Instant;
import java.util.List;

import static org.xiangli.matter.MatterEnums.MatterKind;
import static org.xiangli.matter.MatterEnums.MatterOwnerKind;
import static org.xiangli.matter.MatterEnums.MatterStepAction;

/**
 * Matters from a trusted source (the demo data set), worked to the status each seed names with the
 * steps a real one would have. Idempotent per township: one that holds matters already is left as it is.
 */
@Service
@Transactional
public class MatterSeeding {

    /** How far a seed has gone. */
    public enum Stage { REPORTED, DISPATCHED, IN_HAND, DONE, CLOSED, FIXED_ON_SPOT, RETURNED }

    /**
     * A matter to seed.
     *
     * @param ownerKind GRID_WORKER, VILLAGE or DEPARTMENT; ignored for REPORTED and FIXED_ON_SPOT
     */
    public record Seed(String kind, String title, @Nullable String description, String regionCode, @Nullable Long gridId,
                       String reportedBy, Instant reportedAt, Stage stage, @Nullable String ownerKind, @Nullable String owner,
                       @Nullable String ownerName, @Nullable Instant deadline, @Nullable Instant doneAt, String dispatcher) {
    }

    private final Matters matters;
    private final MatterSteps steps;
    private final MatterNumbers numbers;
    private final JdbcClient jdbc;

    MatterSeeding(Matters matters, MatterSteps steps, MatterNumbers numbers, JdbcClient jdbc) {
        this.matters = matters;
        this.steps = steps;
        this.numbers = numbers;
        this.jdbc = jdbc;
    }

    /** Seeds the matters unless the township holds matters already; answers how many were created. */
    public int ensure(String townshipCode, List<Seed> seeds) {
        int existing = jdbc.sql("SELECT COUNT(*) FROM matter WHERE region_code LIKE ?").param(townshipCode + "%").query(Integer.class).single();
        if (existing > 0) {
            return 0;
        }
        for (Seed seed : seeds) {
            create(seed);
        }
        return seeds.size();
    }

    private void create(Seed seed) {
        EscalationLevel level = seed.gridId() != null ? EscalationLevel.GRID
                : seed.regionCode().length() == 12 ? EscalationLevel.VILLAGE : EscalationLevel.TOWNSHIP;
        Instant at = seed.reportedAt();
        Matter matter = matters.saveAndFlush(new Matter(numbers.next(at.atZone(CountyCalendar.ZONE).getYear()), MatterKind.valueOf(seed.kind()),
                seed.title(), seed.description(), seed.regionCode(), seed.gridId(), null, null, null, null, seed.reportedBy(), at, level));
        steps.save(new MatterStep(matter, MatterStepAction.REPORTED, at, seed.reportedBy(), seed.stage() == Stage.FIXED_ON_SPOT ? "就地解决" : null));
        if (seed.stage() == Stage.FIXED_ON_SPOT) {
            matter.fixedOnSpot(at);
            steps.save(new MatterStep(matter, MatterStepAction.COMPLETED, at, seed.reportedBy(), "已现场处理（演示）"));
            steps.save(new MatterStep(matter, MatterStepAction.CONFIRMED, at, seed.reportedBy(), "就地解决，上报即销号"));
            matters.saveAndFlush(matter);
            return;
        }
        if (seed.stage() == Stage.REPORTED) {
            return;
        }
        MatterOwnerKind kind = MatterOwnerKind.valueOf(seed.ownerKind());
        Instant dispatched = at.plusSeconds(3600);
        matter.dispatch(kind, seed.owner(), seed.ownerName(), seed.deadline(),
                kind == MatterOwnerKind.GRID_WORKER ? EscalationLevel.GRID : kind == MatterOwnerKind.VILLAGE ? EscalationLevel.VILLAGE
                        : EscalationLevel.TOWNSHIP);
        steps.save(new MatterStep(matter, MatterStepAction.DISPATCHED, dispatched, seed.dispatcher(), seed.ownerName()));
        String worker = kind == MatterOwnerKind.GRID_WORKER ? seed.owner() : seed.dispatcher();
        switch (seed.stage()) {
            case RETURNED -> {
                matter.returned();
                steps.save(new MatterStep(matter, MatterStepAction.RETURNED, dispatched.plusSeconds(7200), worker, "不属本级职责（演示）"));
            }
            case IN_HAND, DONE, CLOSED -> {
                matter.accept();
                steps.save(new MatterStep(matter, MatterStepAction.ACCEPTED, dispatched.plusSeconds(1800), worker, null));
                if (seed.stage() != Stage.IN_HAND) {
                    matter.complete(seed.doneAt());
                    steps.save(new MatterStep(matter, MatterStepAction.COMPLETED, seed.doneAt(), worker, "已办结（演示）"));
                }
                if (seed.stage() == Stage.CLOSED) {
                    Instant closed = seed.doneAt().plusSeconds(3 * 3600);
                    matter.confirm(closed);
                    steps.save(new MatterStep(matter, MatterStepAction.CONFIRMED, closed, seed.dispatcher(), null));
                }
            }
            default -> {
            }
        }
        matters.saveAndFlush(matter);
    }
}
