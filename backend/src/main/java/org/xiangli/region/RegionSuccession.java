package org.xiangli.region;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.security.CurrentCaller;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.xiangli.region.RegionInputs.CreateRegionInput;
import static org.xiangli.region.RegionInputs.MergeRegionsInput;
import static org.xiangli.region.RegionInputs.NewVillageInput;
import static org.xiangli.region.RegionInputs.SplitPartInput;
import static org.xiangli.region.RegionInputs.SplitRegionInput;

/**
 * Villages merged and split (撤村并村): the records that belong to the place move in one transaction
 * through every feature's {@link PlaceRecords}, the old units are retired with their successor, and
 * each feature writes one audit entry per moved record. Any failure undoes all of it.
 *
 * <p>Rule: county admins (and the platform admin) merge any villages of their county, across
 * townships too; units of different counties are never merged.
 */
@Service
@Transactional
public class RegionSuccession {

    private final List<PlaceRecords> places;
    private final RegionDirectory directory;
    private final RegionAdministration administration;
    private final Regions regions;
    private final VersionGuard versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegionSuccession(List<PlaceRecords> places, RegionDirectory directory, RegionAdministration administration, Regions regions,
                     VersionGuard versions, ApplicationEventPublisher events, Clock clock) {
        this.places = places;
        this.directory = directory;
        this.administration = administration;
        this.regions = regions;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /** How many records of a kind moved. */
    public record Moved(String kind, int count) {
    }

    record Merged(Region region, List<Region> retired, List<Moved> moved) {
    }

    record Split(Region retired, List<Region> parts, List<Moved> moved) {
    }

    /**
     * Moves records to a current village in the caller's scope: the one operation behind merges,
     * splits and an elder moving house. {@code field} names the target in errors.
     */
    public List<Moved> moveRecords(PlaceMove move, String field) {
        village(move.to(), field);
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (PlaceRecords feature : places) {
            feature.move(move).forEach((kind, count) -> moved.merge(kind, count, Integer::sum));
        }
        return moved.entrySet().stream().map(entry -> new Moved(entry.getKey(), entry.getValue())).toList();
    }

    Merged merge(MergeRegionsInput input) {
        if (input.sourceCodes().size() != input.sourceVersions().size()) {
            throw ApiException.badRequest("input.sourceVersions", "give one version per source code, in the same order");
        }
        if (new HashSet<>(input.sourceCodes()).size() != input.sourceCodes().size()) {
            throw ApiException.badRequest("input.sourceCodes", "a village is listed twice");
        }
        Instant at = effective(input.effectiveOn());
        String reason = input.reason().strip();
        List<Region> sources = new ArrayList<>();
        for (int i = 0; i < input.sourceCodes().size(); i++) {
            Region source = village(input.sourceCodes().get(i), "input.sourceCodes[" + i + "]");
            claim(source, input.sourceVersions().get(i), "input.sourceVersions[" + i + "]");
            sources.add(source);
        }
        String county = sources.getFirst().getCode().substring(0, 6);
        Region target = target(input, sources, county);
        List<String> from = sources.stream().map(Region::getCode).toList();
        List<Moved> moved = moveRecords(new PlaceMove(from, target.getCode(), null, reason), "input.target");
        for (Region source : sources) {
            source.succeededBy(target, at, reason);
            published(RegionChange.Action.RETIRED, regions.saveAndFlush(source));
        }
        if (Boolean.TRUE.equals(input.dryRun())) {
            // the whole merge ran, so the counts are exact; none of it is kept (nor announced: events fire on commit)
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new Merged(target, sources, moved);
    }

    Split split(SplitRegionInput input) {
        Region source = village(input.sourceCode(), "input.sourceCode");
        versions.claim(source, input.version(), source.getName());
        Instant at = effective(input.effectiveOn());
        String reason = input.reason().strip();
        long rests = input.parts().stream().filter(part -> Boolean.TRUE.equals(part.rest())).count();
        if (input.parts().size() < 2 || rests != 1) {
            throw ApiException.badRequest("input.parts", "give at least two parts, exactly one of them with rest: true (it takes what no part lists)");
        }
        Region township = directory.byId(Objects.requireNonNull(source.getParentId()))
                .orElseThrow(() -> ApiException.notFound("input.sourceCode", "the village's township is outside your scope"));
        List<Region> parts = new ArrayList<>();
        Map<String, Integer> moved = new LinkedHashMap<>();
        Region rest = null;
        // the listed records first, each part its own; then the rest
        for (int i = 0; i < input.parts().size(); i++) {
            SplitPartInput part = input.parts().get(i);
            Region created = created(township, part.village(), "input.parts[" + i + "]", null, null);
            parts.add(created);
            if (Boolean.TRUE.equals(part.rest())) {
                rest = created;
                continue;
            }
            Map<String, Collection<Long>> only = new LinkedHashMap<>();
            only.put(PlaceMove.PROJECTS, ids(part.projectIds(), "Project", "input.parts[" + i + "].projectIds"));
            only.put(PlaceMove.TALENTS, ids(part.talentIds(), "Talent", "input.parts[" + i + "].talentIds"));
            only.put(PlaceMove.ELDERS, ids(part.elderIds(), "Elder", "input.parts[" + i + "].elderIds"));
            only.put(PlaceMove.GRIDS, ids(part.gridIds(), "Grid", "input.parts[" + i + "].gridIds"));
            List<Moved> partMoved = moveRecords(new PlaceMove(List.of(source.getCode()), created.getCode(), only, reason), "input.parts[" + i + "]");
            for (Map.Entry<String, Collection<Long>> listed : only.entrySet()) {
                int count = partMoved.stream().filter(m -> m.kind().equals(listed.getKey())).mapToInt(Moved::count).sum();
                if (count != listed.getValue().size()) {
                    throw ApiException.badRequest("input.parts[" + i + "]." + idsField(listed.getKey()),
                            "%d of the %d listed records are not in %s (or listed for two parts)".formatted(
                                    listed.getValue().size() - count, listed.getValue().size(), source.getName()));
                }
            }
            partMoved.forEach(m -> moved.merge(m.kind(), m.count(), Integer::sum));
        }
        moveRecords(new PlaceMove(List.of(source.getCode()), rest.getCode(), null, reason), "input.parts")
                .forEach(m -> moved.merge(m.kind(), m.count(), Integer::sum));
        source.succeededBy(rest, at, reason);
        published(RegionChange.Action.RETIRED, regions.saveAndFlush(source));
        return new Split(source, parts, moved.entrySet().stream().map(e -> new Moved(e.getKey(), e.getValue())).toList());
    }

    private Region target(MergeRegionsInput input, List<Region> sources, String county) {
        var target = input.target();
        if ((target.existingCode() == null) == (target.newVillage() == null)) {
            throw ApiException.badRequest("input.target", "give either existingCode (with existingVersion) or newVillage");
        }
        Region region;
        if (target.existingCode() != null) {
            if (input.sourceCodes().contains(target.existingCode())) {
                throw ApiException.badRequest("input.target.existingCode", "the target cannot be one of the sources");
            }
            if (target.existingVersion() == null) {
                throw ApiException.badRequest("input.target.existingVersion", "give the version of the target you read");
            }
            region = village(target.existingCode(), "input.target.existingCode");
            claim(region, target.existingVersion(), "input.target.existingVersion");
        } else {
            NewVillageInput village = target.newVillage();
            Region township = directory.byCode(village.code().length() == 12 ? village.code().substring(0, 9) : village.code())
                    .filter(unit -> unit.getLevel() == RegionLevel.TOWNSHIP)
                    .orElseThrow(() -> ApiException.notFound("input.target.newVillage.code", "no township in your scope for this code"));
            region = created(township, village, "input.target.newVillage", sum(sources, Region::getPopulation), sum(sources, Region::getHouseholds));
        }
        if (!region.getCode().startsWith(county)) {
            throw ApiException.badRequest("input.target", "villages are merged within one county: " + region.getName() + " lies in another");
        }
        for (int i = 0; i < sources.size(); i++) {
            if (!sources.get(i).getCode().startsWith(county)) {
                throw ApiException.badRequest("input.sourceCodes[" + i + "]", "villages are merged within one county");
            }
        }
        return region;
    }

    private Region created(Region township, NewVillageInput village, String field, @Nullable Integer population, @Nullable Integer households) {
        if (village.kind().level() != RegionLevel.VILLAGE) {
            throw ApiException.badRequest(field + ".kind", "the new unit is a village or community, got " + village.kind());
        }
        try {
            return administration.create(new CreateRegionInput(GlobalId.of(RegionDirectory.TYPE, township.getId()), village.code(),
                    village.kind(), village.name(), null, population, households, null));
        } catch (ApiException e) {
            // the same checks as createRegion, named after this input
            throw e.field() == null ? e : renamed(e, e.field().replace("input", field));
        }
    }

    private Region village(String code, String field) {
        Region region = directory.byCode(code)
                .orElseThrow(() -> ApiException.notFound(field, "no unit with code " + code + " in your scope"));
        if (region.getLevel() != RegionLevel.VILLAGE) {
            throw ApiException.badRequest(field, region.getName() + " is a " + region.getLevel().name().toLowerCase() + ": only villages are merged and split");
        }
        if (region.isRetired()) {
            throw ApiException.conflict(field, region.getName() + " is retired already");
        }
        return region;
    }

    /** The unit at the version the client read, locked; a stale version names the field it came in. */
    private void claim(Region region, long version, String field) {
        try {
            versions.claim(region, version, region.getName());
        } catch (ApiException e) {
            throw renamed(e, field);
        }
    }

    private static ApiException renamed(ApiException e, String field) {
        return switch (e.classification()) {
            case BAD_REQUEST -> ApiException.badRequest(field, e.getMessage());
            case NOT_FOUND -> ApiException.notFound(field, e.getMessage());
            case CONFLICT -> ApiException.conflict(field, e.getMessage());
            default -> e;
        };
    }

    private Instant effective(@Nullable LocalDate on) {
        if (on == null) {
            return clock.instant();
        }
        if (on.isAfter(CountyCalendar.today(clock))) {
            throw ApiException.badRequest("input.effectiveOn", "a change takes effect today or earlier: run it on the day");
        }
        return on.atStartOfDay(CountyCalendar.ZONE).toInstant();
    }

    private void published(RegionChange.Action action, Region region) {
        events.publishEvent(new RegionChange(action, region));
    }

    private static List<Long> ids(@Nullable List<String> globalIds, String type, String field) {
        if (globalIds == null) {
            return List.of();
        }
        Set<Long> ids = new java.util.LinkedHashSet<>();
        for (String id : globalIds) {
            ids.add(GlobalId.decode(id, type, field));
        }
        return List.copyOf(ids);
    }

    private static String idsField(String kind) {
        return switch (kind) {
            case PlaceMove.PROJECTS -> "projectIds";
            case PlaceMove.TALENTS -> "talentIds";
            case PlaceMove.ELDERS -> "elderIds";
            default -> "gridIds";
        };
    }

    private static @Nullable Integer sum(List<Region> sources, java.util.function.Function<Region, @Nullable Integer> value) {
        List<Integer> known = sources.stream().map(value).filter(Objects::nonNull).toList();
        return known.isEmpty() ? null : known.stream().mapToInt(Integer::intValue).sum();
    }
}
