// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.kasuhara.calls.CallRecordEvents;
import org.kasuhara.calls.UnmappedRecordException;
import org.kasuhara.calls.batch.internal.MappedCallEvents;
import org.kasuhara.calls.batch.internal.SingleRecords;

/**
 * Maps call records that arrive one at a time, as JSON (a contact-centre platform's webhook or stream), through a
 * {@link RecordMapping}, as the batch analysis maps a file's lines:
 * <pre>
 * JsonRecordMapper mapper = JsonRecordMapper.of(SampleMappings.load("amazon-connect-ctr"));
 * CallRecord call = mapper.map(ctr);
 * // a record without the caller: UnmappedRecordException "caller: /CustomerEndpoint/Address: not in the record"
 * </pre>
 * Thread-safe (records are mapped one at a time: mapping takes microseconds).
 */
public final class JsonRecordMapper {
    private final SingleRecords records;

    private JsonRecordMapper(RecordMapping mapping) {
        this.records = new SingleRecords(mapping);
    }

    /**
     * @param mapping the mapping
     * @return a mapper
     * @throws NullPointerException when {@code mapping} is null
     */
    public static JsonRecordMapper of(RecordMapping mapping) {
        return new JsonRecordMapper(Objects.requireNonNull(mapping, "mapping"));
    }

    /**
     * @param record one JSON object
     * @return the call it records ({@link CallRecord#line()} is 1)
     * @throws UnmappedRecordException naming the mapping key and the field's JSON Pointer when the record does not map
     */
    public CallRecord map(JsonNode record) {
        return records.map(record);
    }

    /**
     * @return the mapped records as the live monitor's events (each a started and an ended event, the call's id a
     *         keyed digest that says nothing of the caller), for {@code POST /api/v1/call-events}
     */
    public CallRecordEvents asEvents() {
        return new MappedCallEvents(this);
    }
}
