package org.xiangli.talent;

import org.jspecify.annotations.Nullable;
import org.xiangli.region.Region;

import org.xiangli.talent.TalentWorkbook.Column;
import org.xiangli.talent.TalentWorkbook.SheetRow;

import java.time.LocalDate;
import java.time.Year;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks import rows one by one, as the API checks a registration: every problem names its row and
 * column and says what to do. Also finds rows that repeat another row's natural key.
 */
final class TalentImportRows {

    private static final Pattern PHONE = Pattern.compile(TalentInputs.PHONE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A problem of the file. */
    record Problem(int row, @Nullable String column, String message) {
    }

    /** A valid row. */
    record Parsed(int row, Hometown hometown, TalentProfile profile) {
        String key() {
            return hometown.code() + "|" + profile.name() + "|" + profile.birthYear();
        }
    }

    private final Map<String, Region> regions;
    private final LocalDate today;
    private final Map<String, Integer> seenKeys = new HashMap<>();

    /** @param regions the hometowns the file names, as the caller sees them (out-of-scope ones are missing) */
    TalentImportRows(Map<String, Region> regions, LocalDate today) {
        this.regions = regions;
        this.today = today;
    }

    /** The row as a profile, or null with the problems added to {@code problems}. */
    @Nullable Parsed check(SheetRow row, List<Problem> problems) {
        int before = problems.size();
        int n = row.number();
        String name = required(row, Column.NAME, problems);
        if (name != null && name.length() > 50) {
            problems.add(new Problem(n, Column.NAME.header, "at most 50 characters"));
        }
        Gender gender = row.text(Column.GENDER) == null ? Gender.UNDISCLOSED
                : enumValue(row, Column.GENDER, TalentWorkbook.GENDERS, problems);
        Integer birthYear = null;
        if (row.text(Column.BIRTH_YEAR) != null) {
            try {
                birthYear = Integer.parseInt(row.text(Column.BIRTH_YEAR).replaceAll("\\.0+$", ""));
                if (birthYear < 1900 || birthYear > Year.from(today).getValue()) {
                    problems.add(new Problem(n, Column.BIRTH_YEAR.header, "give a year from 1900 to " + Year.from(today) + ", got " + birthYear));
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(n, Column.BIRTH_YEAR.header, "'" + row.text(Column.BIRTH_YEAR) + "' is not a year: give four digits, e.g. 1975"));
            }
        }
        Hometown hometown = hometown(row, problems);
        Whereabouts whereabouts = row.text(Column.WHEREABOUTS) == null ? null : enumValue(row, Column.WHEREABOUTS, TalentWorkbook.WHEREABOUTS, problems);
        if (row.text(Column.WHEREABOUTS) == null) {
            required(row, Column.WHEREABOUTS, problems);
        }
        TalentCategory category = row.text(Column.CATEGORY) == null ? null : enumValue(row, Column.CATEGORY, TalentWorkbook.CATEGORIES, problems);
        if (row.text(Column.CATEGORY) == null) {
            required(row, Column.CATEGORY, problems);
        }
        String phone = row.text(Column.PHONE);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new Problem(n, Column.PHONE.header, "'" + phone + "' " + TalentInputs.PHONE_MESSAGE));
        }
        String email = row.text(Column.EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem(n, Column.EMAIL.header, "'" + email + "' is not an e-mail address"));
        }
        LocalDate consentOn = null;
        String consentText = required(row, Column.CONSENT_ON, problems);
        if (consentText != null) {
            consentOn = TalentWorkbook.date(consentText);
            if (consentOn == null) {
                problems.add(new Problem(n, Column.CONSENT_ON.header, "'" + consentText + "' is not a date: write yyyy-mm-dd, e.g. 2025-03-01"));
            } else if (consentOn.isAfter(today)) {
                problems.add(new Problem(n, Column.CONSENT_ON.header, "consent cannot be given in the future (" + consentOn + ")"));
            }
        }
        Set<ConsentScope> scope = Set.of(ConsentScope.REGISTRY);
        if (row.text(Column.CONSENT_SCOPE) != null) {
            scope = TalentWorkbook.list(TalentWorkbook.SCOPES, row.text(Column.CONSENT_SCOPE));
            if (scope == null) {
                problems.add(new Problem(n, Column.CONSENT_SCOPE.header, "use " + TalentWorkbook.allowed(TalentWorkbook.SCOPES) + ", separated by commas"));
            } else if (!scope.contains(ConsentScope.REGISTRY)) {
                problems.add(new Problem(n, Column.CONSENT_SCOPE.header, "consent must include 登记 (REGISTRY): without it the talent may not be registered"));
            }
        }
        if (scope != null && !scope.contains(ConsentScope.CONTACT)) {
            for (Column contact : List.of(Column.PHONE, Column.EMAIL, Column.ADDRESS)) {
                if (row.text(contact) != null) {
                    problems.add(new Problem(n, contact.header, "the talent has not consented to 联系 (CONTACT): add it to "
                            + Column.CONSENT_SCOPE.header + " or leave the contact details out"));
                }
            }
        }
        lengthAtMost(row, Column.INDUSTRY, 100, problems);
        lengthAtMost(row, Column.ORGANISATION, 200, problems);
        lengthAtMost(row, Column.TITLE, 100, problems);
        lengthAtMost(row, Column.ADDRESS, 300, problems);
        lengthAtMost(row, Column.NOTES, 4000, problems);
        List<String> tags = row.text(Column.TAGS) == null ? List.of()
                : Arrays.stream(row.text(Column.TAGS).split("[,，、]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (tags.size() > 20 || tags.stream().anyMatch(t -> t.length() > 20)) {
            problems.add(new Problem(n, Column.TAGS.header, "at most 20 tags of at most 20 characters each"));
        }
        if (problems.size() > before) {
            return null;
        }
        Parsed parsed = new Parsed(n, hometown, new TalentProfile(name, gender, birthYear, whereabouts, category,
                row.text(Column.INDUSTRY), row.text(Column.ORGANISATION), row.text(Column.TITLE), phone, email,
                row.text(Column.ADDRESS), new Talent.Consent(consentOn, scope), tags, row.text(Column.NOTES)));
        Integer first = seenKeys.putIfAbsent(parsed.key(), n);
        if (first != null) {
            problems.add(new Problem(n, null, "same name, birth year and hometown as row " + first + ": merge the two rows"));
            return null;
        }
        return parsed;
    }

    private @Nullable Hometown hometown(SheetRow row, List<Problem> problems) {
        String code = required(row, Column.HOMETOWN, problems);
        if (code == null) {
            return null;
        }
        Region region = regions.get(code);
        if (region == null) {
            problems.add(new Problem(row.number(), Column.HOMETOWN.header, "no region with code " + code + " in your area: check the code"));
            return null;
        }
        if (region.isRetired() || !Hometowns.HOMETOWN_LEVELS.contains(region.getLevel())) {
            problems.add(new Problem(row.number(), Column.HOMETOWN.header, region.isRetired()
                    ? region.getName() + " is retired: use the unit it merged into"
                    : region.getName() + " is a " + region.getLevel().name().toLowerCase(Locale.ROOT) + ": give a township or village code"));
            return null;
        }
        return new Hometown(region.getId(), region.getCode(), region.getName());
    }

    private static @Nullable String required(SheetRow row, Column column, List<Problem> problems) {
        String text = row.text(column);
        if (text == null) {
            problems.add(new Problem(row.number(), column.header, "required: fill it in"));
        }
        return text;
    }

    private static <E extends Enum<E>> @Nullable E enumValue(SheetRow row, Column column, Map<String, E> labels, List<Problem> problems) {
        E value = labels.get(row.text(column).toUpperCase(Locale.ROOT));
        if (value == null) {
            problems.add(new Problem(row.number(), column.header, "'" + row.text(column) + "' is not allowed: use " + TalentWorkbook.allowed(labels)));
        }
        return value;
    }

    private static void lengthAtMost(SheetRow row, Column column, int max, List<Problem> problems) {
        String text = row.text(column);
        if (text != null && text.length() > max) {
            problems.add(new Problem(row.number(), column.header, "at most " + max + " characters, got " + text.length()));
        }
    }
}
