package org.xiangli.project;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a new project needs: the project module's door for the pool (a project from an approved
 * application) and for trusted imports.
 *
 * @param ownerRegionCode the owning unit; must lie in the caller's scope
 * @param villages        village code → share in percent; shares sum to 100
 * @param budget          budget per source
 * @param applicationId   the pool application it comes from, or null for a direct project
 */
public record NewProject(String name, ProjectCategory category, String owner, String ownerRegionCode,
                         @Nullable String description, int year, @Nullable LocalDate plannedStart,
                         @Nullable LocalDate plannedEnd, Map<String, BigDecimal> villages,
                         Map<FundingSource, BigDecimal> budget, @Nullable Long applicationId, boolean published) {

    public NewProject {
        villages = Map.copyOf(villages);
        budget = Map.copyOf(budget);
    }

    /** One village with the whole share. */
    public static Map<String, BigDecimal> soleVillage(String villageCode) {
        return Map.of(villageCode, new BigDecimal("100.00"));
    }

    List<String> villageCodes() {
        return villages.keySet().stream().sorted().toList();
    }
}
