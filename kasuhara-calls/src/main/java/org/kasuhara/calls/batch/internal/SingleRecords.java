// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.kasuhara.calls.batch.CallRecord;
import org.kasuhara.calls.batch.RecordMapping;
import org.kasuhara.calls.UnmappedRecordException;

/**
 * One JSON record at a time through a mapping, for records that arrive one by one (a webhook, a stream): the fields
 * are picked as the batch readers pick them ({@link PointerFields}) and each one is checked on its own, so that a
 * record that does not map is refused naming the mapping key and the field's JSON Pointer, and never the value (it
 * may be a phone number).
 */
public final class SingleRecords {
    private static final String[] KEYS = {"caller", "matter", "organization", "start", "end", "duration"};
    private final RecordMapping mapping;
    private final String[] names;
    private final PointerFields pointers;
    private final RecordFields fields;
    private final TimeParser times;

    /** @param mapping the mapping */
    public SingleRecords(RecordMapping mapping) {
        this.mapping = mapping;
        this.names = new String[] {mapping.caller(), mapping.matter(), mapping.organization(), mapping.start(),
                mapping.end(), mapping.duration()};
        this.pointers = new PointerFields(mapping);
        this.fields = new RecordFields(mapping);
        this.times = new TimeParser(mapping.dateFormat(), mapping.zone());
    }

    /**
     * @param record one JSON value
     * @return the call it records
     * @throws UnmappedRecordException naming the key and pointer of the first field that does not map
     */
    public synchronized CallRecord map(JsonNode record) {   // the time parser caches a zone's offsets
        if (record == null || !record.isObject()) {
            throw new UnmappedRecordException("", "", "expected a JSON object");
        }
        String[] values;
        try {
            values = pointers.values(record);
        } catch (IllegalArgumentException e) {
            int key = keyOf(e.getMessage());
            throw unmapped(key, e.getMessage().endsWith("not in the record") ? "not in the record"
                    : "expected text or a number");
        }
        for (int i = 0; i < KEYS.length; i++) {
            if (names[i] != null && (values[i] == null || values[i].isBlank()) && required(i)) {
                throw unmapped(i, "empty or not in the record");
            }
        }
        check(values, 3, "not a time in the mapping's format (" + mapping.dateFormat() + ")");
        check(values, 4, "not a time in the mapping's format (" + mapping.dateFormat() + ")");
        check(values, 5, "not a duration in " + mapping.durationUnit());
        try {
            return fields.record(1, values[0], values[1], values[2], values[3], values[4], values[5]);
        } catch (IllegalArgumentException e) {
            // what is left is about the times together: an end before the start, a call over a week
            int key = keyOf(e.getMessage());
            throw unmapped(key < 0 ? 4 : key, e.getMessage().substring(e.getMessage().indexOf(':') + 1).strip());
        }
    }

    private boolean required(int key) {
        return key == 0 || key >= 3;
    }

    private void check(String[] values, int key, String problem) {
        if (values[key] == null) {
            return;
        }
        try {
            if (key == 5) {
                DurationParser.seconds(values[key].strip(), mapping.durationUnit());
            } else {
                times.parse(values[key].strip());
            }
        } catch (IllegalArgumentException e) {
            throw unmapped(key, problem);
        }
    }

    private UnmappedRecordException unmapped(int key, String problem) {
        if (key < 0) {
            return new UnmappedRecordException("", "", problem);
        }
        String name = names[key];
        String pointer = RecordMapping.isPointer(name) ? name : "/" + name.replace("~", "~0").replace("/", "~1");
        return new UnmappedRecordException(KEYS[key], pointer, problem);
    }

    private static int keyOf(String message) {
        for (int i = 0; i < KEYS.length; i++) {
            if (message.startsWith(KEYS[i] + ":")) {
                return i;
            }
        }
        return -1;
    }
}
