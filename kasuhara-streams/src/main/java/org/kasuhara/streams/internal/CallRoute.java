// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one call's events go, as the re-keying keeps it by call id: the caller's pseudonym once the call's
 * {@code started} is seen, whether it ended, when the entry is due to go, and the events that came before the
 * {@code started} (already pseudonymised; a transcript's text stays in them until they are released or
 * dead-lettered). Stored as JSON.
 */
final class CallRoute {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** An event held for its call's {@code started}: its place in the source topic, timestamp and value. */
    record Held(String source, long timestamp, String value) {
    }

    private String caller;
    private boolean ended;
    private long due = Long.MAX_VALUE;
    private final List<Held> held = new ArrayList<>();

    String caller() {
        return caller;
    }

    void caller(String pseudonym) {
        caller = pseudonym;
    }

    boolean ended() {
        return ended;
    }

    void end() {
        ended = true;
    }

    /** @return the millisecond the entry is due to go ({@code Long.MAX_VALUE}: none) */
    long due() {
        return due;
    }

    void due(long value) {
        due = value;
    }

    List<Held> held() {
        return held;
    }

    String toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        if (caller != null) {
            node.put("caller", caller);
        }
        node.put("ended", ended).put("due", due);
        ArrayNode events = node.putArray("held");
        for (Held h : held) {
            events.addObject().put("source", h.source()).put("timestamp", h.timestamp()).put("value", h.value());
        }
        return node.toString();
    }

    static CallRoute fromJson(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the call route store holds a record that is not JSON");
        }
        CallRoute route = new CallRoute();
        route.caller = node.hasNonNull("caller") ? node.get("caller").asText() : null;
        route.ended = node.path("ended").asBoolean();
        route.due = node.path("due").asLong(Long.MAX_VALUE);
        for (JsonNode h : node.path("held")) {
            route.held.add(new Held(h.get("source").asText(), h.get("timestamp").asLong(), h.get("value").asText()));
        }
        return route;
    }
}
