package org.xiangli.talent;

import org.springframework.stereotype.Component;
import org.xiangli.graphql.ApiException;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.region.RegionLevel;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Regions as the registry needs them: hometowns and beneficiaries checked by code, and batched
 * lookups for nested fields, through the region module, so the caller's scope applies.
 */
@Component
class Hometowns {

    static final Set<RegionLevel> HOMETOWN_LEVELS = EnumSet.of(RegionLevel.TOWNSHIP, RegionLevel.VILLAGE);

    private final RegionDirectory regions;

    Hometowns(RegionDirectory regions) {
        this.regions = regions;
    }

    /** Regions by code, those in scope only. */
    Map<String, Region> byCodes(Collection<String> codes) {
        return regions.byCodes(codes);
    }

    /**
     * A current unit of the given levels in the caller's scope, or a NOT_FOUND / BAD_REQUEST naming
     * the input field.
     */
    Hometown require(String code, Set<RegionLevel> levels, String field) {
        Region region = byCodes(Set.of(code)).get(code);
        if (region == null) {
            throw ApiException.notFound(field, "no region with code " + code + " in your area: check the code");
        }
        return checked(region, levels, field);
    }

    static Hometown checked(Region region, Set<RegionLevel> levels, String field) {
        if (region.isRetired()) {
            throw ApiException.badRequest(field, region.getName() + " (" + region.getCode() + ") is retired: use the unit it merged into");
        }
        if (!levels.contains(region.getLevel())) {
            throw ApiException.badRequest(field, "%s (%s) is a %s: give a %s".formatted(region.getName(), region.getCode(),
                    region.getLevel().name().toLowerCase(), levels.stream().map(l -> l.name().toLowerCase()).sorted()
                            .collect(Collectors.joining(" or "))));
        }
        return new Hometown(region.getId(), region.getCode(), region.getName());
    }
}
