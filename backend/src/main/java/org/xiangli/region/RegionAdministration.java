package org.xiangli.region;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Role;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;

import static org.xiangli.region.RegionInputs.CreateRegionInput;
import static org.xiangli.region.RegionInputs.RecordCollectiveIncomeInput;
import static org.xiangli.region.RegionInputs.RetireRegionInput;
import static org.xiangli.region.RegionInputs.UpdateRegionInput;

/** Changes to the region tree: create, update and retire townships and villages, record income. */
@Service
@Transactional
class RegionAdministration {

    private final Regions regions;
    private final CollectiveIncomes incomes;
    private final RegionDirectory directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final VersionGuard versions;

    RegionAdministration(Regions regions, CollectiveIncomes incomes, RegionDirectory directory, Clock clock,
                         ApplicationEventPublisher events, VersionGuard versions) {
        this.versions = versions;
        this.regions = regions;
        this.incomes = incomes;
        this.directory = directory;
        this.clock = clock;
        this.events = events;
    }

    Region create(CreateRegionInput input) {
        Region parent = existing(input.parentId(), "input.parentId");
        if (parent.getLevel() == RegionLevel.COUNTY && !CurrentCaller.get().has(Role.PLATFORM_ADMIN, Role.COUNTY_ADMIN)) {
            throw ApiException.forbidden("townships are created by county administrators");
        }
        if (parent.isRetired()) {
            throw ApiException.conflict("input.parentId", parent.getName() + " is retired: new units go under a current one");
        }
        RegionLevel expected = parent.getLevel().below();
        if (expected == null || input.kind().level() != expected) {
            throw ApiException.badRequest("input.kind", expected == null
                    ? "a village has no units below it"
                    : "a unit under the %s %s must be a %s kind, got %s".formatted(
                    parent.getLevel().name().toLowerCase(), parent.getName(), expected.name().toLowerCase(), input.kind()));
        }
        DivisionCode.check(input.code(), input.kind(), parent);
        regions.findByCode(input.code()).ifPresent(taken -> {
            throw ApiException.conflict("input.code", "code %s belongs to %s%s: codes are never reused, pick a new one"
                    .formatted(input.code(), taken.getName(), taken.isRetired() ? " (retired)" : ""));
        });
        Region region = new Region(input.code(), input.kind(), parent, input.name().strip(), false);
        region.describe(input.description());
        region.count(input.population(), input.households());
        region.locate(input.location() == null ? null : input.location().toPoint());
        return published(RegionChange.Action.CREATED, regions.save(region));
    }

    Region update(UpdateRegionInput input) {
        Region region = current(input.id(), input.version());
        if (input.name() != null) {
            if (input.name().isBlank()) {
                throw ApiException.badRequest("input.name", "the name may not be blank");
            }
            region.rename(input.name().strip());
        }
        if (input.kind() != null && input.kind() != region.getKind()) {
            if (input.kind().level() != region.getLevel()) {
                throw ApiException.badRequest("input.kind", "a %s stays a %s: %s is a kind of another level"
                        .formatted(region.getLevel().name().toLowerCase(), region.getLevel().name().toLowerCase(), input.kind()));
            }
            DivisionCode.check(region.getCode(), input.kind(), null);
            region.changeKind(input.kind());
        }
        if (input.description() != null) {
            region.describe(input.description());
        }
        if (input.population() != null || input.households() != null) {
            region.count(input.population() != null ? input.population() : region.getPopulation(),
                    input.households() != null ? input.households() : region.getHouseholds());
        }
        if (input.location() != null) {
            region.locate(input.location().toPoint());
        }
        if (input.contactName() != null || input.contactPhone() != null) {
            Region.Contact current = region.getContact();
            region.contact(input.contactName() != null ? input.contactName().strip() : current == null ? null : current.name(),
                    input.contactPhone() != null ? input.contactPhone() : current == null ? null : current.phone());
        }
        return published(RegionChange.Action.UPDATED, regions.saveAndFlush(region));
    }

    Region retire(RetireRegionInput input) {
        Region region = current(input.id(), input.version());
        Caller caller = CurrentCaller.get();
        if (!caller.isUnrestricted() && region.getCode().equals(caller.region())) {
            throw ApiException.forbidden("you cannot retire " + region.getName() + ", the unit your own access is based on: ask the level above");
        }
        long children = regions.countByParentIdAndRetiredAtIsNull(region.getId());
        if (children > 0) {
            throw ApiException.conflict("input.id", "%s still has %d current units below it: retire or move them first"
                    .formatted(region.getName(), children));
        }
        region.retire(clock.instant(), input.reason().strip());
        return published(RegionChange.Action.RETIRED, regions.saveAndFlush(region));
    }

    CollectiveIncome recordIncome(RecordCollectiveIncomeInput input) {
        Region village = existing(input.villageId(), "input.villageId");
        if (village.getLevel() != RegionLevel.VILLAGE) {
            throw ApiException.badRequest("input.villageId", "collective income is recorded for villages; "
                    + village.getName() + " is a " + village.getLevel().name().toLowerCase());
        }
        int thisYear = CountyCalendar.thisYear(clock);
        if (input.year() > thisYear) {
            throw ApiException.badRequest("input.year", "income can be recorded up to " + thisYear + ", got " + input.year());
        }
        return incomes.findByRegionIdAndYear(village.getId(), input.year())
                .map(existing -> {
                    if (input.version() == null) {
                        throw ApiException.conflict("input.version", "income for %d is already recorded (version %d): pass that version to correct it"
                                .formatted(input.year(), existing.getVersion()));
                    }
                    versions.claim(existing, input.version(), "The income for " + input.year());
                    existing.correct(input.amount());
                    return incomes.save(existing);
                })
                .orElseGet(() -> incomes.save(new CollectiveIncome(village, input.year(), input.amount())));
    }

    private Region published(RegionChange.Action action, Region region) {
        events.publishEvent(new RegionChange(action, region));
        return region;
    }

    private Region existing(String globalId, String field) {
        long id = GlobalId.decode(globalId, RegionDirectory.TYPE, field);
        return directory.byId(id).orElseThrow(() -> ApiException.notFound(field, "no region with this ID"));
    }

    private Region current(String globalId, long version) {
        Region region = existing(globalId, "input.id");
        versions.claim(region, version, region.getName());
        if (region.isRetired()) {
            throw ApiException.conflict("input.id", region.getName() + " is retired and can no longer change");
        }
        return region;
    }
}
