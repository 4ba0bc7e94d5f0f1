package org.xiangli.region;

import org.jspecify.annotations.Nullable;
import org.xiangli.graphql.ApiException;

import java.util.regex.Pattern;

/**
 * The {@code within} of every filter and argument: the division code of the county (6 digits),
 * township (9) or village (12) whose subtree is meant. One rule, checked here for every query, so
 * no filter takes {@code %}, {@code _} or other characters into a LIKE pattern (which would match
 * everything in scope and defeat the index), and none silently answers nothing for a malformed code.
 */
public final class Within {

    private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    private Within() {
    }

    /**
     * The checked code, or null when none was given.
     *
     * @param field the input named in the error (e.g. {@code filter.within})
     */
    public static @Nullable String code(@Nullable String raw, String field) {
        if (raw == null) {
            return null;
        }
        if (!CODE.matcher(raw).matches()) {
            throw ApiException.badRequest(field, "'%s' is not a division code: give the 6, 9 or 12 digits of a county, township or village"
                    .formatted(raw.length() > 40 ? raw.substring(0, 40) + "…" : raw));
        }
        return raw;
    }

    /** The LIKE pattern of the subtree of a checked code (digits only: nothing to escape), or null when none was given. */
    public static @Nullable String pattern(@Nullable String raw, String field) {
        String code = code(raw, field);
        return code == null ? null : code + "%";
    }
}
