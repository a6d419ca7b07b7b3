// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads fields of a vendor's payload by dotted path, naming the path in every error and quoting no value. */
final class Payload {
    /** The longest text one field may hold; a longer one is refused, never cut, so nothing is silently lost. */
    static final int MAX_TEXT = 100_000;

    private Payload() {
    }

    /** @return the object at {@code path}; an error when absent or not an object */
    static JsonNode object(JsonNode root, String path) throws InvalidPayload {
        JsonNode node = at(root, path);
        if (node == null || !node.isObject()) {
            throw new InvalidPayload(path, node == null ? "is required (an object)" : "expected an object");
        }
        return node;
    }

    /** @return the text (or number, as text) at {@code path}, or {@code null} when absent, null or blank */
    static String text(JsonNode root, String path) throws InvalidPayload {
        JsonNode node = at(root, path);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() && !node.isIntegralNumber()) {
            throw new InvalidPayload(path, "expected text, was " + node.getNodeType().name().toLowerCase());
        }
        String text = node.asText();
        if (text.length() > MAX_TEXT) {
            throw new InvalidPayload(path, "at most " + MAX_TEXT + " characters, was " + text.length());
        }
        return text.isBlank() ? null : text;
    }

    /** @return the text at {@code path}; an error when absent or blank */
    static String required(JsonNode root, String path) throws InvalidPayload {
        String text = text(root, path);
        if (text == null) {
            throw new InvalidPayload(path, "is required");
        }
        return text;
    }

    /** @return an ISO-8601 time with offset or {@code Z}; an error when it is not one */
    static OffsetDateTime time(String text, String path) throws InvalidPayload {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidPayload(path, "expected an ISO-8601 time with offset, e.g. 2026-11-20T05:03:00Z");
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String name : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(name);
        }
        return node;
    }
}
