package org.xiangli.graphql;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opaque cursors for keyset positions: base64url of the key values as plain JSON. Whole numbers
 * come back as longs (ids); only strings and numbers are accepted, so a cursor can never name a type.
 */
final class KeysetCursors {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> KEYS = new TypeReference<>() {
    };

    private KeysetCursors() {
    }

    static String toCursor(ScrollPosition position) {
        Map<String, ?> keys = ((KeysetScrollPosition) position).getKeys();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(keys));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this class wrote */
    static KeysetScrollPosition fromCursor(String cursor) {
        Map<String, Object> raw = JSON.readValue(Base64.getUrlDecoder().decode(cursor), KEYS);
        Map<String, Object> keys = new LinkedHashMap<>();
        raw.forEach((key, value) -> keys.put(key, switch (value) {
            case String text -> text;
            case Integer number -> number.longValue();
            case Long number -> number;
            default -> throw new IllegalArgumentException("unexpected cursor value");
        }));
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("empty cursor");
        }
        return ScrollPosition.forward(keys);
    }

}
