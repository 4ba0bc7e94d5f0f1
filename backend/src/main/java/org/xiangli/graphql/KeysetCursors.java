package org.xiangli.graphql;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opaque cursors for keyset positions: base64url of a JSON object whose values carry a one-letter
 * type tag ({@code s:} text, {@code n:} whole number, {@code i:} instant, {@code d:} decimal,
 * {@code D:} date), so a value comes back with the type it left with and a cursor can never name
 * a class.
 */
final class KeysetCursors {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> KEYS = new TypeReference<>() {
    };

    private KeysetCursors() {
    }

    static String toCursor(ScrollPosition position) {
        Map<String, String> tagged = new LinkedHashMap<>();
        ((KeysetScrollPosition) position).getKeys().forEach((key, value) -> tagged.put(key, tag(value)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(tagged));
    }

    /** @throws RuntimeException when the text is not a cursor this class wrote */
    static KeysetScrollPosition fromCursor(String cursor) {
        Map<String, String> tagged = JSON.readValue(Base64.getUrlDecoder().decode(cursor), KEYS);
        if (tagged.isEmpty()) {
            throw new IllegalArgumentException("empty cursor");
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        tagged.forEach((key, value) -> keys.put(key, untag(value)));
        return ScrollPosition.forward(keys);
    }

    private static String tag(Object value) {
        return switch (value) {
            case String text -> "s:" + text;
            case Long number -> "n:" + number;
            case Integer number -> "n:" + number;
            case Instant instant -> "i:" + instant;
            case BigDecimal decimal -> "d:" + decimal.toPlainString();
            case LocalDate date -> "D:" + date;
            default -> throw new IllegalStateException("no cursor encoding for " + value.getClass().getSimpleName());
        };
    }

    private static Object untag(String value) {
        String text = value.substring(2);
        return switch (value.substring(0, 2)) {
            case "s:" -> text;
            case "n:" -> Long.parseLong(text);
            case "i:" -> Instant.parse(text);
            case "d:" -> new BigDecimal(text);
            case "D:" -> LocalDate.parse(text);
            default -> throw new IllegalArgumentException("unknown cursor value");
        };
    }
}
