package org.xiangli.region;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Bulk import of units from a trusted source (the demo data set, later official code tables).
 * Idempotent: a unit whose code exists is left as it is, so running an import twice changes nothing.
 */
@Service
@Transactional
public class RegionImport {

    private final Regions regions;
    private final CollectiveIncomes incomes;

    RegionImport(Regions regions, CollectiveIncomes incomes) {
        this.regions = regions;
        this.incomes = incomes;
    }

    /** A unit to import; the parent is named by code and must exist (or be null for a county). */
    public record Unit(String code, RegionKind kind, @Nullable String parentCode, String name,
                       @Nullable String description, @Nullable Integer population, @Nullable Integer households,
                       boolean syntheticCode) {
    }

    /** Creates the unit unless its code exists; returns true when it was created. */
    public boolean ensure(Unit unit) {
        if (regions.existsByCode(unit.code())) {
            return false;
        }
        Region parent = unit.parentCode() == null ? null : regions.findByCode(unit.parentCode())
                .orElseThrow(() -> new IllegalStateException("import of " + unit.code() + ": parent " + unit.parentCode() + " missing"));
        DivisionCode.check(unit.code(), unit.kind(), parent);
        Region region = new Region(unit.code(), unit.kind(), parent, unit.name(), unit.syntheticCode());
        region.describe(unit.description());
        region.count(unit.population(), unit.households());
        regions.save(region);
        return true;
    }

    /** Sets a unit's contact person unless one is recorded already. */
    public boolean ensureContact(String code, String name, String phone) {
        Optional<Region> region = regions.findByCode(code);
        if (region.isEmpty() || region.get().getContact() != null) {
            return false;
        }
        region.get().contact(name, phone);
        return true;
    }

    /** Records a year's collective income unless that year is recorded already. */
    public boolean ensureIncome(String villageCode, int year, BigDecimal amount) {
        Optional<Region> village = regions.findByCode(villageCode);
        if (village.isEmpty() || incomes.findByRegionIdAndYear(village.get().getId(), year).isPresent()) {
            return false;
        }
        incomes.save(new CollectiveIncome(village.get(), year, amount));
        return true;
    }
}
