// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.List;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.CallEventType;

/** Reads one call event from JSON, strictly: an unknown field is an error (a typo must not drop data). */
public final class CallEventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FIELDS = List.of("type", "callId", "caller", "matter", "organization", "at",
            "seq", "text", "language", "speaker");

    private CallEventJson() {
    }

    /**
     * @param json one JSON object
     * @return the event
     * @throws IllegalArgumentException naming the field (never quoting the caller or the text)
     */
    public static CallEvent parse(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON at column " + e.getLocation().getColumnNr());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(name + ": unknown field; expected one of " + FIELDS);
            }
        }
        CallEventType type;
        try {
            type = CallEventType.valueOf(text(node, "type", "missing").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("type: expected started, ended or transcript");
        }
        String speaker = text(node, "speaker", "customer");
        if (!speaker.equals("customer") && !speaker.equals("agent")) {
            throw new IllegalArgumentException("speaker: expected customer or agent");
        }
        JsonNode seq = node.get("seq");
        if (seq != null && !seq.canConvertToInt()) {
            throw new IllegalArgumentException("seq: expected a whole number");
        }
        return new CallEvent(type, text(node, "callId", null), text(node, "caller", null),
                text(node, "matter", null), text(node, "organization", null), instant(node),
                seq == null ? -1 : seq.asInt(), text(node, "text", null), text(node, "language", null),
                speaker.equals("agent"));
    }

    private static Instant instant(JsonNode node) {
        String at = text(node, "at", null);
        if (at == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("at: expected a date-time with offset such as 2026-11-20T14:03:00+09:00");
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + ": expected a string");
        }
        return value.asText();
    }
}
