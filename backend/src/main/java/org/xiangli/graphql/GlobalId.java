package org.xiangli.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Relay global ID: the GraphQL type name and the database id, base64url-encoded so clients
 * treat it as opaque.
 */
public record GlobalId(String type, long id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static String of(String type, long id) {
        return new GlobalId(type, id).encode();
    }

    /**
     * Decodes a global ID.
     *
     * @param field the input field the ID came from, named in the error if it is malformed
     */
    public static GlobalId decode(String value, String field) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon > 0) {
                return new GlobalId(raw.substring(0, colon), Long.parseLong(raw.substring(colon + 1)));
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the client error below
        }
        throw ApiException.badRequest(field, "'" + value + "' is not an ID this API issued: use the id field of an object");
    }

    /** "an Alert", "a Project": the messages read as English. */
    static String article(String typeName) {
        return ("AEIOU".indexOf(Character.toUpperCase(typeName.charAt(0))) >= 0 ? "an " : "a ") + typeName;
    }

    /** Decodes an ID that must be of the given type. */
    public static long decode(String value, String expectedType, String field) {
        GlobalId id = decode(value, field);
        if (!id.type().equals(expectedType)) {
            throw ApiException.badRequest(field, "expected the ID of %s, got the ID of %s".formatted(article(expectedType), article(id.type())));
        }
        return id.id();
    }
}
