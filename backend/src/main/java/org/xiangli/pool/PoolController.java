package org.xiangli.pool;

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
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.PageRequest;
import org.xiangli.project.Project;
import org.xiangli.project.ProjectDirectory;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.security.Roles;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static org.xiangli.pool.PoolInputs.AddCatalogueItemInput;
import static org.xiangli.pool.PoolInputs.ApplyToPoolInput;
import static org.xiangli.pool.PoolInputs.CreateProjectFromApplicationInput;
import static org.xiangli.pool.PoolInputs.DecideApplicationInput;
import static org.xiangli.pool.PoolInputs.OpenPoolRoundInput;
import static org.xiangli.pool.PoolInputs.ReviewApplicationInput;
import static org.xiangli.pool.PoolInputs.ReviseApplicationInput;
import static org.xiangli.pool.PoolInputs.RollOverApplicationsInput;

/** GraphQL entry points of the project pool; nested fields are batch-loaded. */
@Controller
class PoolController {

    private final PoolDirectory directory;
    private final PoolCatalogue catalogue;
    private final PoolReview review;
    private final ProjectDirectory projects;
    private final RegionDirectory regions;
    private final Clock clock;

    PoolController(PoolDirectory directory, PoolCatalogue catalogue, PoolReview review, ProjectDirectory projects,
                   RegionDirectory regions, Clock clock) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.review = review;
        this.projects = projects;
        this.regions = regions;
        this.clock = clock;
    }

    @QueryMapping
    List<PoolRound> poolRounds(@Argument @Nullable String countyCode) {
        return directory.rounds(countyCode);
    }

    @QueryMapping
    @Nullable PoolRound poolRound(@Argument String id) {
        return directory.round(GlobalId.decode(id, PoolDirectory.ROUND, "id")).orElse(null);
    }

    @QueryMapping
    Connection<PoolApplication> poolApplications(@Argument @Nullable Integer first, @Argument @Nullable String after,
                                                 @Argument @Nullable Integer last, @Argument @Nullable String before,
                                                 @Argument @Nullable PoolApplicationFilter filter) {
        return directory.list(filter == null ? PoolApplicationFilter.NONE : filter, PageRequest.of(first, after, last, before));
    }

    @SchemaMapping(typeName = "PoolRound")
    String id(PoolRound round) {
        return GlobalId.of(PoolDirectory.ROUND, round.getId());
    }

    @SchemaMapping(typeName = "PoolRound")
    boolean open(PoolRound round) {
        return round.isOpenOn(CountyCalendar.today(clock));
    }

    @BatchMapping(typeName = "PoolRound")
    Map<PoolRound, List<CatalogueItem>> catalogue(List<PoolRound> rounds) {
        Map<Long, List<CatalogueItem>> items = directory.catalogues(rounds.stream().map(PoolRound::getId).toList());
        return BatchMaps.many(rounds, PoolRound::getId, items);
    }

    @SchemaMapping(typeName = "CatalogueItem")
    String id(CatalogueItem item) {
        return GlobalId.of(PoolDirectory.ITEM, item.getId());
    }

    @BatchMapping(typeName = "CatalogueItem")
    Map<CatalogueItem, PoolRound> round(List<CatalogueItem> items) {
        Map<Long, PoolRound> rounds = directory.roundsById(items.stream().map(CatalogueItem::getRoundId).distinct().toList());
        return BatchMaps.one(items, CatalogueItem::getRoundId, rounds);
    }

    @SchemaMapping(typeName = "PoolApplication")
    String id(PoolApplication application) {
        return GlobalId.of(PoolDirectory.APPLICATION, application.getId());
    }

    /** The pool application a project was created from: pool owns the link and the application's id. */
    @SchemaMapping(typeName = "Project")
    @Nullable String applicationId(Project project) {
        return project.getApplicationId() == null ? null : GlobalId.of(PoolDirectory.APPLICATION, project.getApplicationId());
    }

    @SchemaMapping(typeName = "PoolApplication")
    boolean inNotice(PoolApplication application) {
        return application.inNoticeAt(clock.instant());
    }

    @BatchMapping(typeName = "PoolApplication", field = "round")
    Map<PoolApplication, PoolRound> applicationRound(List<PoolApplication> applications) {
        Map<Long, PoolRound> rounds = directory.roundsById(applications.stream().map(PoolApplication::getRoundId).distinct().toList());
        return BatchMaps.one(applications, PoolApplication::getRoundId, rounds);
    }

    @BatchMapping(typeName = "PoolApplication")
    Map<PoolApplication, CatalogueItem> catalogueItem(List<PoolApplication> applications) {
        Map<Long, CatalogueItem> items = directory.itemsById(applications.stream().map(PoolApplication::getCatalogueItemId).distinct().toList());
        return BatchMaps.one(applications, PoolApplication::getCatalogueItemId, items);
    }

    @BatchMapping(typeName = "PoolApplication")
    Map<PoolApplication, Region> village(List<PoolApplication> applications) {
        Map<String, Region> villages = regions.byCodes(applications.stream().map(PoolApplication::getVillageCode).distinct().toList());
        return BatchMaps.one(applications, PoolApplication::getVillageCode, villages);
    }

    @BatchMapping(typeName = "PoolApplication")
    Map<PoolApplication, PoolApplication> rolledOverFrom(List<PoolApplication> applications) {
        return linked(applications, PoolApplication::getRolledOverFromId);
    }

    @BatchMapping(typeName = "PoolApplication")
    Map<PoolApplication, PoolApplication> rolledOverTo(List<PoolApplication> applications) {
        return linked(applications, PoolApplication::getRolledOverToId);
    }

    @BatchMapping(typeName = "PoolApplication")
    Map<PoolApplication, List<PoolApplicationEvent>> history(List<PoolApplication> applications) {
        Map<Long, List<PoolApplicationEvent>> histories = directory.histories(applications.stream().map(PoolApplication::lineage).distinct().toList());
        return BatchMaps.many(applications, PoolApplication::lineage, histories);
    }

    @BatchMapping(typeName = "PoolApplication")
    Map<PoolApplication, Project> project(List<PoolApplication> applications) {
        Map<Long, Project> found = projects.byIds(applications.stream().map(PoolApplication::getProjectId).filter(Objects::nonNull).toList());
        return BatchMaps.one(applications, PoolApplication::getProjectId, found);
    }

    @SchemaMapping(typeName = "PoolApplicationEvent")
    String applicationId(PoolApplicationEvent event) {
        return GlobalId.of(PoolDirectory.APPLICATION, event.getApplicationId());
    }

    @MutationMapping
    @PreAuthorize(Roles.COUNTY_ADMINS)
    PoolRoundPayload openPoolRound(@Argument @Valid OpenPoolRoundInput input) {
        return new PoolRoundPayload(catalogue.open(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.COUNTY_ADMINS)
    CatalogueItemPayload addCatalogueItem(@Argument @Valid AddCatalogueItemInput input) {
        return new CatalogueItemPayload(catalogue.add(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    PoolApplicationPayload applyToPool(@Argument @Valid ApplyToPoolInput input) {
        return new PoolApplicationPayload(review.apply(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.OFFICIALS)
    PoolApplicationPayload reviseApplication(@Argument @Valid ReviseApplicationInput input) {
        return new PoolApplicationPayload(review.revise(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.TOWNSHIP_ADMINS)
    PoolApplicationPayload reviewApplication(@Argument @Valid ReviewApplicationInput input) {
        return new PoolApplicationPayload(review.review(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.COUNTY_ADMINS)
    PoolApplicationPayload decideApplication(@Argument @Valid DecideApplicationInput input) {
        return new PoolApplicationPayload(review.decide(input));
    }

    @MutationMapping
    @PreAuthorize(Roles.TOWNSHIP_ADMINS)
    ProjectFromApplicationPayload createProjectFromApplication(@Argument @Valid CreateProjectFromApplicationInput input) {
        long projectId = review.createProject(input);
        return new ProjectFromApplicationPayload(projects.byId(projectId).orElseThrow(),
                directory.application(GlobalId.decode(input.applicationId(), PoolDirectory.APPLICATION, "input.applicationId")).orElseThrow());
    }

    @MutationMapping
    @PreAuthorize(Roles.COUNTY_ADMINS)
    PoolReview.RollOver rollOverApplications(@Argument @Valid RollOverApplicationsInput input) {
        return review.rollOver(input);
    }

    private Map<PoolApplication, PoolApplication> linked(List<PoolApplication> applications, Function<PoolApplication, Long> link) {
        return BatchMaps.one(applications, link, directory.applicationsById(BatchMaps.keys(applications, link)));
    }

    record PoolRoundPayload(PoolRound round) {
    }

    record CatalogueItemPayload(CatalogueItem item) {
    }

    record PoolApplicationPayload(PoolApplication application) {
    }

    record ProjectFromApplicationPayload(Project project, PoolApplication application) {
    }
}
