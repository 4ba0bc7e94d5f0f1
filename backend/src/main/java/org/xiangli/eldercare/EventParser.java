package org.xiangli.eldercare;

import org.xiangli.time.CountyCalendar;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads and checks the JSON of one device event (docs/device-contract.md): the same rules for MQTT and
 * HTTP. A bad payload is named with a reason a vendor can act on.
 */
final class EventParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    /** Why a payload was refused. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    private EventParser() {
    }

    static DeviceEvent parse(byte[] payload, Instant receivedAt, ElderCareProperties.Ingest limits) throws Invalid {
        JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (JacksonException e) {
            throw new Invalid("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new Invalid("the payload must be one JSON object");
        }
        String eventId = id(node, "eventId");
        String serial = id(node, "serial");
        EventType type;
        String typeName = text(node, "type");
        try {
            type = EventType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw new Invalid("type '" + typeName + "' is unknown: use one of PRESSED, MOTION, DOOR_OPEN, DOOR_CLOSE, HEARTBEAT, BATTERY");
        }
        Instant time;
        try {
            time = OffsetDateTime.parse(text(node, "time")).toInstant();
        } catch (DateTimeParseException e) {
            throw new Invalid("time must be ISO-8601 with an offset, e.g. 2026-11-23T08:15:00+08:00");
        }
        if (time.isAfter(receivedAt.plus(limits.maxClockSkew()))) {
            throw new Invalid("time " + CountyCalendar.shown(time) + " lies in the future: check the device clock");
        }
        if (time.isBefore(receivedAt.minus(limits.maxEventAge()))) {
            throw new Invalid("time " + CountyCalendar.shown(time) + " is older than " + limits.maxEventAge().toDays() + " days");
        }
        Integer battery = null;
        JsonNode level = node.get("battery");
        if (level != null && !level.isNull()) {
            if (!level.isIntegralNumber() || level.asInt() < 0 || level.asInt() > 100) {
                throw new Invalid("battery must be a whole number from 0 to 100");
            }
            battery = level.asInt();
        } else if (type == EventType.BATTERY) {
            throw new Invalid("a BATTERY event needs battery (0-100)");
        }
        return new DeviceEvent(eventId, serial, type, time, battery);
    }

    /** The event id a refused payload gives, when it gives a well-formed one (so its sender can match the answer). */
    static @org.jspecify.annotations.Nullable String claimedEventId(byte[] payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            return node != null && node.isObject() ? id(node, "eventId") : null;
        } catch (JacksonException | Invalid e) {
            return null;
        }
    }

    private static String id(JsonNode node, String field) throws Invalid {
        String value = text(node, field);
        if (!ID.matcher(value).matches()) {
            throw new Invalid(field + " must be 1-64 letters, digits or . _ : -");
        }
        return value;
    }

    private static String text(JsonNode node, String field) throws Invalid {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new Invalid(field + " is missing or not a string");
        }
        return value.asString();
    }
}
