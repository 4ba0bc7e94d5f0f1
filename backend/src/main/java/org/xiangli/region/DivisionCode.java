package org.xiangli.region;

import org.jspecify.annotations.Nullable;
import org.xiangli.graphql.ApiException;

import java.util.stream.Collectors;

/**
 * The rules of statistical division codes: 6 digits for a county, its parent's code plus 3 digits
 * below it, the last 3 digits in the range of the unit's kind.
 */
final class DivisionCode {

    private DivisionCode() {
    }

    /**
     * Checks a code for a new unit of the given kind under the given parent.
     *
     * @throws ApiException BAD_REQUEST naming {@code input.code} and the broken rule
     */
    static void check(String code, RegionKind kind, @Nullable Region parent) {
        int length = kind.level().codeLength();
        if (code == null || !code.matches("\\d{" + length + "}")) {
            throw invalid("a %s code has exactly %d digits, got '%s'".formatted(
                    kind.level().name().toLowerCase(), length, code));
        }
        if (parent != null && !code.startsWith(parent.getCode())) {
            throw invalid("a code under %s (%s) must start with %s, got %s".formatted(
                    parent.getName(), parent.getCode(), parent.getCode(), code));
        }
        if (kind.suffixRanges().isEmpty()) {
            return;
        }
        int suffix = Integer.parseInt(code.substring(length - 3));
        if (kind.suffixRanges().stream().noneMatch(range -> range.contains(suffix))) {
            String ranges = kind.suffixRanges().stream().map(Object::toString).collect(Collectors.joining(" or "));
            throw invalid("the last three digits of a %s code must be in %s, got %03d".formatted(kind, ranges, suffix));
        }
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest("input.code", message);
    }
}
