package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.xiangli.graphql.ApiException;

import java.time.Duration;
import java.time.LocalTime;

/**
 * An elder's own rule settings as an input gives them, checked; each one left out means the
 * programme's default. The day window is given whole (both ends) or not at all.
 */
record OwnRules(@Nullable Duration inactivity, @Nullable LocalTime dayStart, @Nullable LocalTime dayEnd) {

    /**
     * @param prefix the input path of the settings in errors, e.g. {@code input.} or {@code input.rules.}
     */
    static OwnRules checked(@Nullable Integer inactivityMinutes, @Nullable String dayStart, @Nullable String dayEnd, String prefix) {
        LocalTime start = dayStart == null ? null : LocalTime.parse(dayStart);
        LocalTime end = dayEnd == null ? null : LocalTime.parse(dayEnd);
        if ((start == null) != (end == null)) {
            throw ApiException.badRequest(prefix + (start == null ? "dayStart" : "dayEnd"), "give both dayStart and dayEnd, or neither");
        }
        if (start != null && !end.isAfter(start)) {
            throw ApiException.badRequest(prefix + "dayEnd", "the day window must end after it starts (" + start + ")");
        }
        return new OwnRules(inactivityMinutes == null ? null : Duration.ofMinutes(inactivityMinutes), start, end);
    }

    void applyTo(Elder elder) {
        elder.ruleSettings(inactivity, dayStart, dayEnd);
    }
}
