// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import org.kasuhara.calls.batch.RecordMapping;

/**
 * Picks the mapped fields out of one parsed JSON record: a top-level name, or a JSON Pointer (RFC 6901, Jackson's
 * {@link JsonPointer}) into nested objects and arrays. A pointer that finds nothing is an error naming the mapping
 * key and the pointer for the required fields (caller, start, end, duration), and no value for the optional ones
 * (matter, organisation), as an absent top-level field is.
 */
final class PointerFields {
    private static final String[] KEYS = {"caller", "matter", "organization", "start", "end", "duration"};
    private static final boolean[] OPTIONAL = {false, true, true, false, false, false};
    private final String[] names;
    private final JsonPointer[] pointers = new JsonPointer[KEYS.length];

    PointerFields(RecordMapping mapping) {
        names = new String[] {mapping.caller(), mapping.matter(), mapping.organization(), mapping.start(),
                mapping.end(), mapping.duration()};
        for (int i = 0; i < names.length; i++) {
            if (RecordMapping.isPointer(names[i])) {
                try {
                    pointers[i] = JsonPointer.compile(names[i]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(KEYS[i] + ": malformed JSON Pointer \"" + names[i] + "\": "
                            + e.getMessage(), e);
                }
            }
        }
    }

    /** @return whether any field is a pointer (else the streaming reader of top-level fields suffices) */
    static boolean needed(RecordMapping mapping) {
        for (String name : new String[] {mapping.caller(), mapping.matter(), mapping.organization(), mapping.start(),
                mapping.end(), mapping.duration()}) {
            if (RecordMapping.isPointer(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param record one JSON object
     * @return caller, matter, organisation, start, end and duration as text, {@code null} where not mapped or absent
     * @throws IllegalArgumentException naming the mapping key when a value is missing or not a scalar
     */
    String[] values(JsonNode record) {
        String[] values = new String[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            if (names[i] == null) {
                continue;
            }
            JsonNode value = pointers[i] != null ? record.at(pointers[i]) : record.path(names[i]);
            if (value.isMissingNode() || value.isNull()) {
                if (pointers[i] != null && !OPTIONAL[i]) {
                    throw new IllegalArgumentException(KEYS[i] + ": " + names[i] + ": not in the record");
                }
                continue;
            }
            if (value.isContainerNode()) {
                throw new IllegalArgumentException(KEYS[i] + ": " + names[i] + ": expected text or a number, found "
                        + (value.isArray() ? "an array" : "an object"));
            }
            values[i] = value.asText();
        }
        return values;
    }
}
