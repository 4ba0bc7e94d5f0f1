package org.xiangli.demo;

import org.jspecify.annotations.Nullable;
import org.xiangli.region.RegionImport.Unit;
import org.xiangli.region.RegionKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the regions of zhejiang-facts.yaml into importable units. County codes are the published
 * GB/T 2260 codes; township and village codes are generated (the facts give none) in the range of
 * their kind, in file order, and flagged synthetic. Population figures are illustrative, derived
 * from the code so that every start produces the same ones.
 */
final class DemoRegions {

    private static final Pattern INCOME = Pattern.compile("collective operating income ([\\d.]+)万 in (\\d{4}), up ([\\d.]+)% on (\\d{4})");

    private final List<Unit> units = new ArrayList<>();
    private final List<Income> incomes = new ArrayList<>();
    private final Map<String, String> townshipCodes = new HashMap<>();
    private final Map<String, String> villageCodes = new HashMap<>();

    record Income(String villageCode, int year, BigDecimal amount) {
    }

    /** A fictional contact with an obviously fake number (1380000xxxx), as the facts file asks. */
    record Contact(String code, String name, String phone) {
    }

    private final List<Contact> contacts = new ArrayList<>();

    @SuppressWarnings("unchecked")
    DemoRegions(Map<String, Object> facts) {
        for (Map<String, Object> county : (List<Map<String, Object>>) facts.get("counties")) {
            String name = (String) county.get("name");
            units.add(new Unit((String) county.get("code"), countyKind(name), null, name,
                    county.get("city") + " · " + county.get("gloss"), null, null, false));
        }
        Map<String, Integer> nextSuffix = new LinkedHashMap<>();
        for (Map<String, Object> township : (List<Map<String, Object>>) facts.get("townships")) {
            String county = (String) township.get("county");
            RegionKind kind = RegionKind.valueOf((String) township.get("kind"));
            String code = county + next(nextSuffix, county, kind);
            String name = (String) township.get("name");
            townshipCodes.put(name, code);
            units.add(new Unit(code, kind, county, name, describe(township), null, null, true));
        }
        for (Map<String, Object> village : (List<Map<String, Object>>) facts.get("villages")) {
            String township = townshipCodes.get((String) village.get("township"));
            RegionKind kind = RegionKind.valueOf((String) village.get("kind"));
            String code = township + next(nextSuffix, township, kind);
            String name = (String) village.get("name");
            villageCodes.put(name, code);
            int population = 800 + Math.floorMod(code.hashCode(), 4000);
            units.add(new Unit(code, kind, township, name, describe(village), population, population * 10 / 28, true));
            incomes.addAll(incomesFrom(code, village));
            contacts.add(new Contact(code, "演示联系人" + (contacts.size() + 1), "1380000%04d".formatted(contacts.size() + 1)));
        }
    }

    List<Unit> units() {
        return units;
    }

    List<Income> incomes() {
        return incomes;
    }

    List<Contact> contacts() {
        return contacts;
    }

    /** Generated code of a township by name, for the other demo data sets. */
    @Nullable String townshipCode(String name) {
        return townshipCodes.get(name);
    }

    /** Generated code of a village by name. */
    @Nullable String villageCode(String name) {
        return villageCodes.get(name);
    }

    private static String next(Map<String, Integer> nextSuffix, String parent, RegionKind kind) {
        int suffix = nextSuffix.merge(parent + kind, 1, Integer::sum) - 1 + kind.suffixRanges().getFirst().from();
        return "%03d".formatted(suffix);
    }

    private static RegionKind countyKind(String name) {
        if (name.endsWith("区")) {
            return RegionKind.DISTRICT;
        }
        return name.endsWith("市") ? RegionKind.COUNTY_LEVEL_CITY : RegionKind.COUNTY;
    }

    @SuppressWarnings("unchecked")
    private static @Nullable String describe(Map<String, Object> unit) {
        List<String> facts = (List<String>) unit.get("facts");
        return facts == null ? null : String.join("; ", facts);
    }

    /** "village collective operating income 224.4万 in 2022, up 11.2% on 2021" gives both years. */
    @SuppressWarnings("unchecked")
    private static List<Income> incomesFrom(String code, Map<String, Object> village) {
        List<Income> found = new ArrayList<>();
        for (String fact : (List<String>) village.getOrDefault("facts", List.of())) {
            Matcher m = INCOME.matcher(fact);
            if (m.find()) {
                BigDecimal amount = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(10_000)).setScale(2, RoundingMode.HALF_UP);
                BigDecimal growth = BigDecimal.ONE.add(new BigDecimal(m.group(3)).movePointLeft(2));
                found.add(new Income(code, Integer.parseInt(m.group(2)), amount));
                found.add(new Income(code, Integer.parseInt(m.group(4)), amount.divide(growth, 2, RoundingMode.HALF_UP)));
            }
        }
        return found;
    }
}
