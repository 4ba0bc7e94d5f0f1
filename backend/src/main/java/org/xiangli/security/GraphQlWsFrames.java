package org.xiangli.security;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Set;

/**
 * The shape of a graphql-ws message (https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md),
 * checked before the handler reads it: a JSON object with a known {@code type}; a {@code subscribe}
 * carries an {@code id} and a {@code payload} with a {@code query}.
 */
final class GraphQlWsFrames {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TYPES = Set.of("connection_init", "ping", "pong", "subscribe", "complete");

    private GraphQlWsFrames() {
    }

    /** Why the frame is not a graphql-ws message (the close reason), or null when it is one. */
    static @Nullable String invalid(String frame) {
        JsonNode message;
        try {
            message = JSON.readTree(frame);
        } catch (JacksonException e) {
            return "Invalid message: not JSON";
        }
        if (message == null || !message.isObject()) {
            return "Invalid message: a graphql-ws message is a JSON object";
        }
        JsonNode type = message.get("type");
        if (type == null || !type.isString() || !TYPES.contains(type.asString())) {
            return "Invalid message: type must be one of " + String.join(", ", TYPES.stream().sorted().toList());
        }
        if (("subscribe".equals(type.asString()) || "complete".equals(type.asString()))
                && (message.get("id") == null || !message.get("id").isString() || message.get("id").asString().isEmpty())) {
            return "Invalid message: " + type.asString() + " needs an id";
        }
        if ("subscribe".equals(type.asString())) {
            JsonNode payload = message.get("payload");
            if (payload == null || !payload.isObject() || payload.get("query") == null || !payload.get("query").isString()) {
                return "Invalid message: subscribe needs a payload with a query";
            }
        }
        return null;
    }
}
