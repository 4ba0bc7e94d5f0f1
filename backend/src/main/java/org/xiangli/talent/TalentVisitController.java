package org.xiangli.talent;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.xiangli.graphql.BatchMaps;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.PageRequest;
import org.xiangli.graphql.GlobalId;
import org.xiangli.security.Roles;

import java.util.List;
import java.util.Map;

import static org.xiangli.talent.TalentInputs.AdvanceTalentInvestmentInput;
import static org.xiangli.talent.TalentInputs.LogTalentVisitInput;
import static org.xiangli.talent.TalentInputs.ScheduleTalentVisitsInput;
import static org.xiangli.talent.TalentInputs.UpdateTalentVisitScheduleInput;

/**
 * GraphQL entry points of the talents beyond the registry: the investment pipeline, visits, and
 * the public hall (乡贤馆). Nested lists are batch-loaded.
 */
@Controller
class TalentVisitController {

    private final TalentPipeline pipeline;
    private final TalentVisiting visiting;
    private final TalentHall hall;
    private final TalentDirectory directory;

    TalentVisitController(TalentPipeline pipeline, TalentVisiting visiting, TalentHall hall, TalentDirectory directory) {
        this.pipeline = pipeline;
        this.visiting = visiting;
        this.hall = hall;
        this.directory = directory;
    }

    // --- pipeline ---

    @QueryMapping
    @PreAuthorize(Roles.TALENT_READERS)
    List<TalentPipeline.StageTotals> talentInvestmentPipeline(@Argument @Nullable String within) {
        return pipeline.byStage(within);
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    TalentController.ContributionPayload advanceTalentInvestment(@Argument @Valid AdvanceTalentInvestmentInput input) {
        return new TalentController.ContributionPayload(pipeline.advance(input));
    }

    // --- visits ---

    @QueryMapping
    @PreAuthorize(Roles.TALENT_KEEPERS_AND_SUPERVISORS)
    Connection<TalentVisitSchedule> talentVisitsDue(@Argument @Nullable String within, @Argument @Nullable Integer withinDays,
                                                    @Argument @Nullable Integer first, @Argument @Nullable String after,
                                                    @Argument @Nullable Integer last, @Argument @Nullable String before) {
        return visiting.due(within, withinDays == null ? TalentVisiting.DEFAULT_HORIZON_DAYS : withinDays,
                PageRequest.of(first, after, last, before));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    SchedulePayload scheduleTalentVisits(@Argument @Valid ScheduleTalentVisitsInput input) {
        return new SchedulePayload(visiting.schedule(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    SchedulePayload updateTalentVisitSchedule(@Argument @Valid UpdateTalentVisitScheduleInput input) {
        return new SchedulePayload(visiting.change(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    VisitPayload logTalentVisit(@Argument @Valid LogTalentVisitInput input) {
        return new VisitPayload(visiting.log(input));
    }

    @BatchMapping(typeName = "Talent")
    Map<Talent, List<TalentVisitSchedule>> visitSchedules(List<Talent> talents) {
        return BatchMaps.many(talents, Talent::getId, visiting.schedulesOf(talents.stream().map(Talent::getId).toList()));
    }

    @BatchMapping(typeName = "Talent")
    Map<Talent, List<TalentVisit>> visits(List<Talent> talents) {
        return BatchMaps.many(talents, Talent::getId, visiting.visitsOf(talents.stream().map(Talent::getId).toList()));
    }

    @SchemaMapping(typeName = "TalentVisitSchedule")
    String id(TalentVisitSchedule schedule) {
        return GlobalId.of(TalentVisitSchedule.TYPE, schedule.getId());
    }

    @SchemaMapping(typeName = "TalentVisitSchedule")
    int overdueDays(TalentVisitSchedule schedule) {
        return visiting.overdueDays(schedule);
    }

    @BatchMapping(typeName = "TalentVisitSchedule")
    Map<TalentVisitSchedule, Talent> talent(List<TalentVisitSchedule> schedules) {
        Map<Long, Talent> talents = directory.talentsByIds(BatchMaps.keys(schedules, TalentVisitSchedule::getTalentId));
        return BatchMaps.one(schedules, TalentVisitSchedule::getTalentId, talents);
    }

    @SchemaMapping(typeName = "TalentVisit")
    String id(TalentVisit visit) {
        return GlobalId.of(TalentVisit.TYPE, visit.getId());
    }

    // --- the public hall ---

    /** Open to everyone, the public included: the hall reads nothing but the consented public profile. */
    @QueryMapping
    TalentHall.@Nullable Hall talentHall(@Argument String townshipCode) {
        return hall.of(townshipCode);
    }

    @SchemaMapping(typeName = "TalentHall")
    TalentHall.Sums totals(TalentHall.Hall hall) {
        return hall.totals();
    }

    record SchedulePayload(TalentVisitSchedule schedule) {
    }

    record VisitPayload(TalentVisit visit) {
    }
}
