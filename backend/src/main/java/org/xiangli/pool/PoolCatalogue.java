package org.xiangli.pool;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.project.ProjectCategory;
import org.xiangli.region.Region;
import org.xiangli.region.RegionDirectory;
import org.xiangli.region.RegionLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.xiangli.pool.PoolInputs.AddCatalogueItemInput;
import static org.xiangli.pool.PoolInputs.CatalogueItemInput;
import static org.xiangli.pool.PoolInputs.OpenPoolRoundInput;

/** The county's side of the pool: yearly rounds and their catalogues. */
@Service
@Transactional
@EnableConfigurationProperties(PoolProperties.class)
public class PoolCatalogue {

    private final PoolRounds rounds;
    private final CatalogueItems items;
    private final PoolDirectory directory;
    private final RegionDirectory regions;

    PoolCatalogue(PoolRounds rounds, CatalogueItems items, PoolDirectory directory, RegionDirectory regions) {
        this.rounds = rounds;
        this.items = items;
        this.directory = directory;
        this.regions = regions;
    }

    PoolRound open(OpenPoolRoundInput input) {
        Region county = regions.byCodes(Set.of(input.countyCode())).get(input.countyCode());
        if (county == null || county.getLevel() != RegionLevel.COUNTY) {
            throw ApiException.notFound("input.countyCode", "no county " + input.countyCode() + " in your area");
        }
        if (input.closesOn().isBefore(input.opensOn())) {
            throw ApiException.badRequest("input.closesOn", "a round cannot close before it opens");
        }
        checkDatesFitYear(input.year(), input.opensOn(), input.closesOn());
        rounds.findByRegionCodeAndYear(input.countyCode(), input.year()).ifPresent(existing -> {
            throw ApiException.conflict("input.year", "%s already has the %d round '%s': add items to it instead"
                    .formatted(county.getName(), input.year(), existing.getName()));
        });
        PoolRound round = rounds.save(new PoolRound(input.countyCode(), input.year(), input.name().strip(),
                input.opensOn(), input.closesOn(), input.budget()));
        Set<String> codes = new HashSet<>();
        for (CatalogueItemInput item : input.catalogue() == null ? List.<CatalogueItemInput>of() : input.catalogue()) {
            if (!codes.add(item.code())) {
                throw ApiException.badRequest("input.catalogue", "catalogue code " + item.code() + " is listed twice");
            }
            items.save(item(round, item));
        }
        return round;
    }

    /**
     * A round is the pool of one year: it takes applications within that year, or from the year
     * before (villages often apply in the autumn for the next year's funds), never later.
     */
    static void checkDatesFitYear(int year, LocalDate opensOn, LocalDate closesOn) {
        if (opensOn.getYear() < year - 1 || opensOn.getYear() > year) {
            throw ApiException.badRequest("input.opensOn", "the %d round opens in %d or %d (a round may open the year before), got %s"
                    .formatted(year, year - 1, year, opensOn));
        }
        if (closesOn.getYear() > year) {
            throw ApiException.badRequest("input.closesOn", "the %d round closes by %d-12-31, got %s".formatted(year, year, closesOn));
        }
    }

    CatalogueItem add(AddCatalogueItemInput input) {
        long id = GlobalId.decode(input.roundId(), PoolDirectory.ROUND, "input.roundId");
        PoolRound round = directory.round(id).orElseThrow(() -> ApiException.notFound("input.roundId", "no round with this ID in your area"));
        if (items.existsByRoundIdAndCode(round.getId(), input.item().code())) {
            throw ApiException.conflict("input.item.code", "the round already has an item " + input.item().code());
        }
        return items.save(item(round, input.item()));
    }

    /** A catalogue item of a trusted import. */
    public record ItemDraft(String code, ProjectCategory category, String name, @Nullable String description,
                            @Nullable String eligibility, BigDecimal subsidyCap) {
    }

    /**
     * Opens a county's round for a year with its catalogue unless the county has one for that year
     * (trusted imports such as the demo data). Returns true when it was created.
     */
    public boolean ensureRound(String countyCode, int year, String name, LocalDate opensOn, LocalDate closesOn,
                               BigDecimal budget, List<ItemDraft> catalogue) {
        if (rounds.findByRegionCodeAndYear(countyCode, year).isPresent()) {
            return false;
        }
        open(new OpenPoolRoundInput(countyCode, year, name, opensOn, closesOn, budget, catalogue.stream()
                .map(item -> new CatalogueItemInput(item.code(), item.category(), item.name(), item.description(),
                        item.eligibility(), item.subsidyCap()))
                .toList()));
        return true;
    }

    private static CatalogueItem item(PoolRound round, CatalogueItemInput item) {
        return new CatalogueItem(round, item.code(), item.category(), item.name().strip(), item.description(),
                item.eligibility(), item.subsidyCap());
    }
}
